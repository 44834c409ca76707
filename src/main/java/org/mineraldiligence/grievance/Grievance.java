package org.mineraldiligence.grievance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A concern about our mineral supply chain. It holds only what the reporter chose to tell: nothing about
 * the request that brought it (no address, no browser) and a received day rather than a time.
 */
@Entity
public class Grievance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String followUpHash;
    @Enumerated(EnumType.STRING)
    private GrievanceCategory category;
    private String relatedParty;
    private String description;
    private String contact;
    @Enumerated(EnumType.STRING)
    private GrievanceStatus status = GrievanceStatus.RECEIVED;
    @Enumerated(EnumType.STRING)
    private GrievanceOutcome outcome;
    private String flaggedSmelterId;
    private String processInstanceId;
    private LocalDate receivedOn;
    private Instant closedAt;

    protected Grievance() {
    }

    Grievance(String reference, String followUpHash, GrievanceReport report, LocalDate receivedOn) {
        this.reference = reference;
        this.followUpHash = followUpHash;
        this.category = report.category();
        this.relatedParty = report.relatedParty();
        this.description = report.description();
        this.contact = report.contact();
        this.receivedOn = receivedOn;
    }

    /** The state the audit trail keeps: never what anybody wrote. */
    record State(GrievanceStatus status, GrievanceOutcome outcome, String flaggedSmelterId) {
    }

    State state() {
        return new State(status, outcome, flaggedSmelterId);
    }

    void startInvestigation() {
        status = GrievanceStatus.INVESTIGATING;
    }

    void conclude(GrievanceOutcome outcome, String flaggedSmelterId) {
        this.outcome = outcome;
        this.flaggedSmelterId = outcome == GrievanceOutcome.SMELTER_FLAGGED ? flaggedSmelterId : null;
        this.status = outcome == GrievanceOutcome.ESCALATED ? GrievanceStatus.ESCALATED : GrievanceStatus.INVESTIGATING;
    }

    void close(Instant when) {
        status = GrievanceStatus.ANSWERED;
        closedAt = when;
    }

    public boolean isOpen() {
        return status != GrievanceStatus.ANSWERED;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public GrievanceCategory getCategory() {
        return category;
    }

    public String getRelatedParty() {
        return relatedParty;
    }

    public String getDescription() {
        return description;
    }

    public String getContact() {
        return contact;
    }

    public GrievanceStatus getStatus() {
        return status;
    }

    public GrievanceOutcome getOutcome() {
        return outcome;
    }

    public String getFlaggedSmelterId() {
        return flaggedSmelterId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
