package org.mineraldiligence.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One workbook a supplier uploaded for a survey, and what the checker said of it. */
@Entity
public class CmrtSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private SupplierSurvey survey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workbook_id")
    private StoredWorkbook workbook;

    private String originalName;
    private long sizeBytes;
    private String sha256;
    private Instant receivedAt;
    private String verdict;
    private String templateVersion;
    /** "CMRT" or "EMRT" as the checker named the file; "CMRT" until checked, and for files that are neither. */
    private String templateType = SurveyTemplate.CMRT;
    private Integer errors;
    private Integer warnings;
    private String checkJson;
    private Instant checkedAt;
    private boolean handedToSurvey;

    protected CmrtSubmission() {
    }

    public CmrtSubmission(SupplierSurvey survey, StoredWorkbook workbook, String originalName, long sizeBytes,
                          Instant receivedAt) {
        this.survey = survey;
        this.workbook = workbook;
        this.originalName = originalName;
        this.sizeBytes = sizeBytes;
        this.sha256 = workbook.getSha256();
        this.receivedAt = receivedAt;
    }

    public void recordCheck(String verdict, String templateType, String templateVersion, int errors, int warnings,
                            String checkJson, Instant when) {
        this.verdict = verdict;
        this.templateType = SurveyTemplate.EMRT.equals(templateType) ? SurveyTemplate.EMRT : SurveyTemplate.CMRT;
        this.templateVersion = templateVersion;
        this.errors = errors;
        this.warnings = warnings;
        this.checkJson = checkJson;
        this.checkedAt = when;
    }

    /** The survey process has this workbook (or a newer one superseded it). */
    public void markHandedToSurvey() {
        handedToSurvey = true;
    }

    public boolean isHandedToSurvey() {
        return handedToSurvey;
    }

    public boolean isValid() {
        return "VALID".equals(verdict) || "VALID_WITH_WARNINGS".equals(verdict);
    }

    public Long getId() {
        return id;
    }

    public SupplierSurvey getSurvey() {
        return survey;
    }

    public StoredWorkbook getWorkbook() {
        return workbook;
    }

    public String getOriginalName() {
        return originalName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getTemplateType() {
        return templateType;
    }

    public String getTemplateVersion() {
        return templateVersion;
    }

    public Integer getErrors() {
        return errors;
    }

    public Integer getWarnings() {
        return warnings;
    }

    public String getCheckJson() {
        return checkJson;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
