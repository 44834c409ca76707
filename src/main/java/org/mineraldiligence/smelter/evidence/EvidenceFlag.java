package org.mineraldiligence.smelter.evidence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A compliance officer's record that a smelter has known or plausible evidence of conflict or unethical
 * sourcing. It holds for the smelter id on every list. Never deleted: withdrawing keeps who, when and why.
 */
@Entity
@Table(name = "smelter_evidence_flag")
public class EvidenceFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String smelterId;
    private String reason;
    private String sourceLink;
    private String flaggedBy;
    private Instant flaggedAt;
    private String withdrawnBy;
    private Instant withdrawnAt;
    private String withdrawalReason;
    /** The grievance whose investigation raised the flag (its id and reference code), or null. */
    private Long grievanceId;
    private String grievanceReference;

    protected EvidenceFlag() {
    }

    EvidenceFlag(String smelterId, String reason, String sourceLink, String flaggedBy, Instant flaggedAt) {
        this.smelterId = smelterId;
        this.reason = reason;
        this.sourceLink = sourceLink;
        this.flaggedBy = flaggedBy;
        this.flaggedAt = flaggedAt;
    }

    EvidenceFlag(String smelterId, String reason, String officer, Instant flaggedAt, long grievanceId,
                 String grievanceReference) {
        this(smelterId, reason, null, officer, flaggedAt);
        this.grievanceId = grievanceId;
        this.grievanceReference = grievanceReference;
    }

    void withdraw(String by, Instant at, String why) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawalReason = why;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getSmelterId() {
        return smelterId;
    }

    public String getReason() {
        return reason;
    }

    public String getSourceLink() {
        return sourceLink;
    }

    public String getFlaggedBy() {
        return flaggedBy;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Long getGrievanceId() {
        return grievanceId;
    }

    public String getGrievanceReference() {
        return grievanceReference;
    }
}
