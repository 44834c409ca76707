package org.mineraldiligence.survey;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.supplier.Supplier;

/** One supplier surveyed in one reporting cycle, and how it ended. */
@Entity
public class SupplierSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private ReportingCycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    private String businessKey;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private SurveyOutcome outcome;
    private String outcomeNote;
    private String programStrength;
    private Instant trainingCompletedAt;
    /** A deadline agreed with this supplier after the cycle's passed; null while the cycle's stands. */
    private LocalDate responseDeadline;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant completedAt;

    protected SupplierSurvey() {
    }

    public SupplierSurvey(ReportingCycle cycle, Supplier supplier) {
        this.cycle = cycle;
        this.supplier = supplier;
        this.businessKey = businessKeyOf(cycle, supplier);
    }

    /** The business key Cockpit and Tasklist show, e.g. RY2026/SUP-00042. */
    public static String businessKeyOf(ReportingCycle cycle, Supplier supplier) {
        return cycle.label() + "/" + supplier.getCode();
    }

    /** Our page for this survey, which Tasklist forms and e-mails to colleagues link to. */
    public String pagePath() {
        return "/surveys/" + id;
    }

    public void complete(SurveyOutcome outcome, String note, Instant when) {
        this.outcome = outcome;
        this.outcomeNote = note;
        this.completedAt = when;
    }

    /**
     * A smelter it declared was flagged after the survey's outcome: the survey is open again, in a new
     * process instance of its own, until its commodity manager has agreed the mitigation.
     */
    public void reopen(String newProcessInstanceId) {
        this.outcome = null;
        this.outcomeNote = null;
        this.completedAt = null;
        this.processInstanceId = newProcessInstanceId;
    }

    /** The supplier agreed to answer by {@code deadline} ("Contact unresponsive supplier"). */
    public void agreeDeadline(LocalDate deadline) {
        this.responseDeadline = deadline;
    }

    /** The deadline the supplier is held to: the one agreed with it, else the cycle's. */
    public LocalDate getDeadline() {
        return responseDeadline != null ? responseDeadline : cycle.getResponseDeadline();
    }

    public void recordTraining(Instant when) {
        if (trainingCompletedAt == null) {
            trainingCompletedAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public ReportingCycle getCycle() {
        return cycle;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public SurveyOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public String getProgramStrength() {
        return programStrength;
    }

    public void setProgramStrength(String programStrength) {
        this.programStrength = programStrength;
    }

    public Instant getTrainingCompletedAt() {
        return trainingCompletedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
