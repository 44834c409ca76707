package org.mineraldiligence.survey;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A risk mitigation agreed by the commodity manager and sent to the supplier with a due date. */
@Entity
public class CorrectiveAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private SupplierSurvey survey;

    private String kind;
    private String note;
    private LocalDate dueDate;
    private String decidedBy;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected CorrectiveAction() {
    }

    public CorrectiveAction(SupplierSurvey survey, String kind, String note, LocalDate dueDate, String decidedBy) {
        this.survey = survey;
        this.kind = kind;
        this.note = note;
        this.dueDate = dueDate;
        this.decidedBy = decidedBy;
    }

    public String getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
