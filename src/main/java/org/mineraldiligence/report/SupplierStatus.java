package org.mineraldiligence.report;

import java.math.BigDecimal;
import java.time.Instant;

import org.mineraldiligence.survey.SurveyOutcome;

/** One row of the dashboard's supplier table and of the supplier-status download. */
public record SupplierStatus(long surveyId, String businessKey, String supplierCode, String supplierName,
                             String country, BigDecimal annualSpend, String currency, SurveyOutcome outcome,
                             String programStrength, Instant trainingCompletedAt, String processInstanceId,
                             String latestVerdict, Instant latestReceivedAt) {

    /** Valid, invalid or awaiting, judged by the latest workbook; the dashboard's "verdict" filter uses the same words. */
    public ResponseState responseState() {
        return ResponseState.of(latestVerdict);
    }

    public boolean isFinished() {
        return outcome != null;
    }
}
