package org.mineraldiligence.smelter.review;

import java.time.Instant;

import org.mineraldiligence.smelter.SmelterAssessmentRow;

/** A row waiting in review with the survey it came from, so the officer knows whose declaration it is. */
public record ReviewRow(SmelterAssessmentRow row, long surveyId, String businessKey, String supplierName,
                        long cycleId, String fileName, Instant receivedAt) {
}
