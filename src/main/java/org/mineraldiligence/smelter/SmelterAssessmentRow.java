package org.mineraldiligence.smelter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What became of one declared Smelter List row: its match, status and risk. */
@Entity
@Table(name = "smelter_assessment")
public class SmelterAssessmentRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long submissionId;
    @Column(name = "row_number")
    private int row;
    private String metal;
    private String declaredName;
    private String declaredCountry;
    private String declaredId;
    private String decision;
    private String method;
    private Double confidence;
    private String smelterId;
    private String standardName;
    private String status;
    private String riskLevel;
    private String riskReason;
    private String reviewedBy;
    private Instant reviewedAt;

    protected SmelterAssessmentRow() {
    }

    public SmelterAssessmentRow(Long submissionId, int row, String metal, String declaredName, String declaredCountry,
                         String declaredId, MatchResult match) {
        this.submissionId = submissionId;
        this.row = row;
        this.metal = metal;
        this.declaredName = declaredName;
        this.declaredCountry = declaredCountry;
        this.declaredId = declaredId;
        this.decision = match == null ? MatchDecision.REVIEW.name() : match.decision().name();
        this.method = match == null || match.method() == MatchMethod.NONE ? null : match.method().name();
        this.confidence = match == null ? null : match.confidence();
        this.smelterId = match == null ? null : match.smelterId();
        this.standardName = match == null ? null : match.standardName();
    }

    public void assess(String status, String riskLevel, String riskReason) {
        this.status = status;
        this.riskLevel = riskLevel;
        this.riskReason = riskReason;
    }

    /** A compliance officer confirmed in review that the declared name is this smelter. */
    public void confirm(ReferenceSmelter smelter, String officer, Instant when) {
        this.decision = MatchDecision.MATCHED.name();
        this.method = MatchMethod.ALIAS.name();
        this.confidence = 1.0;
        this.smelterId = smelter.smelterId();
        this.standardName = smelter.standardName();
        this.reviewedBy = officer;
        this.reviewedAt = when;
    }

    /** A compliance officer found in review that the row names no smelter; the row stays, settled. */
    public void markNotASmelter(String officer, Instant when) {
        this.decision = MatchDecision.NOT_A_SMELTER.name();
        this.reviewedBy = officer;
        this.reviewedAt = when;
    }

    public Long getId() {
        return id;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public String getDeclaredId() {
        return declaredId;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public int getRow() {
        return row;
    }

    public String getMetal() {
        return metal;
    }

    public String getDeclaredName() {
        return declaredName;
    }

    public String getDeclaredCountry() {
        return declaredCountry;
    }

    public String getDecision() {
        return decision;
    }

    public String getMethod() {
        return method;
    }

    public Double getConfidence() {
        return confidence;
    }

    public String getSmelterId() {
        return smelterId;
    }

    public String getStandardName() {
        return standardName;
    }

    public String getStatus() {
        return status;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public String getRiskReason() {
        return riskReason;
    }

    public boolean isHighRisk() {
        return "HIGH".equals(riskLevel);
    }

    public boolean isUnderReview() {
        return MatchDecision.REVIEW.name().equals(decision);
    }
}
