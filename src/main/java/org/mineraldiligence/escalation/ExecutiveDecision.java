package org.mineraldiligence.escalation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.mineraldiligence.survey.SupplierSurvey;

/** What the executive champions decided about an escalated supplier, with who, when and why. */
@Entity
public class ExecutiveDecision {

    public enum Kind { CONTINUE, SUSPEND, DISENGAGE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private SupplierSurvey survey;

    @Enumerated(EnumType.STRING)
    private Kind decision;
    private String rationale;
    private LocalDate reviewDate;
    private String decidedBy;
    private Instant decidedAt;

    protected ExecutiveDecision() {
    }

    public ExecutiveDecision(SupplierSurvey survey, Kind decision, String rationale, LocalDate reviewDate,
                             String decidedBy, Instant decidedAt) {
        this.survey = survey;
        this.decision = decision;
        this.rationale = rationale;
        this.reviewDate = reviewDate;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public SupplierSurvey getSurvey() {
        return survey;
    }

    public Kind getDecision() {
        return decision;
    }

    public String getRationale() {
        return rationale;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
