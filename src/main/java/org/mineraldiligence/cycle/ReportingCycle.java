package org.mineraldiligence.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One yearly campaign and the policy its supplier surveys follow. */
@Entity
public class ReportingCycle {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int reportingYear;
    private LocalDate responseDeadline;
    private int reminderIntervalDays;
    private int maxReminders;
    private int maxInvalidAttempts;
    private int escalationGraceDays;
    private String minCmrtRevision;
    private LocalDate oldestEffectiveDate;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    private String processInstanceId;
    /** The smelter reference list the cycle's surveys are assessed against; null means the newest list. */
    private Long referenceListId;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    private Instant closedAt;
    private String closedBy;
    private BigDecimal spendCoverageTarget;
    private BigDecimal directSpendTotal;
    /** ISO 4217 code every supplier's spend is converted to for scoping; null for cycles scoped before. */
    private String reportingCurrency;
    private Instant scopeConfirmedAt;
    private String scopeConfirmedBy;
    /** The templates this cycle collects ({@link RequestedTemplates} text); "CMRT" for every cycle before EMRT. */
    private String collects = RequestedTemplates.CMRT_ONLY.format();

    protected ReportingCycle() {
    }

    public ReportingCycle(int reportingYear, LocalDate responseDeadline, SurveyPolicy policy) {
        this.reportingYear = reportingYear;
        this.responseDeadline = responseDeadline;
        this.reminderIntervalDays = policy.reminderIntervalDays();
        this.maxReminders = policy.maxReminders();
        this.maxInvalidAttempts = policy.maxInvalidAttempts();
        this.escalationGraceDays = policy.escalationGraceDays();
        this.minCmrtRevision = policy.minCmrtRevision();
        this.oldestEffectiveDate = policy.oldestEffectiveDate();
    }

    public SurveyPolicy policy() {
        return new SurveyPolicy(reminderIntervalDays, maxReminders, maxInvalidAttempts, escalationGraceDays,
                minCmrtRevision, oldestEffectiveDate);
    }

    public RequestedTemplates collects() {
        return RequestedTemplates.parse(collects);
    }

    public void collect(RequestedTemplates templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("A cycle collects at least one template");
        }
        this.collects = templates.format();
    }

    public String label() {
        return "RY" + reportingYear;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public void close(Instant when) {
        status = Status.CLOSED;
        closedAt = when;
    }

    public void close(Instant when, String who) {
        close(when);
        closedBy = who;
    }

    /** The coverage rule and the direct spend it was measured against, when the scope was computed. */
    public void scoped(BigDecimal coverageTarget, BigDecimal directSpend) {
        spendCoverageTarget = coverageTarget;
        directSpendTotal = directSpend;
    }

    /** The scope could not be computed (an exchange rate is missing): no coverage until it is. */
    public void unscoped() {
        spendCoverageTarget = null;
        directSpendTotal = null;
    }

    public boolean isScoped() {
        return directSpendTotal != null;
    }

    public String getReportingCurrency() {
        return reportingCurrency;
    }

    public void setReportingCurrency(String reportingCurrency) {
        this.reportingCurrency = reportingCurrency;
    }

    /** From now on the scope is what the surveys are launched for; it no longer changes. */
    public void confirmScope(Instant when, String who) {
        scopeConfirmedAt = when;
        scopeConfirmedBy = who;
    }

    public boolean isScopeConfirmed() {
        return scopeConfirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public LocalDate getResponseDeadline() {
        return responseDeadline;
    }

    public Status getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getReferenceListId() {
        return referenceListId;
    }

    public void pinReferenceList(Long listId) {
        this.referenceListId = listId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public BigDecimal getSpendCoverageTarget() {
        return spendCoverageTarget;
    }

    public BigDecimal getDirectSpendTotal() {
        return directSpendTotal;
    }

    public Instant getScopeConfirmedAt() {
        return scopeConfirmedAt;
    }

    public String getScopeConfirmedBy() {
        return scopeConfirmedBy;
    }
}
