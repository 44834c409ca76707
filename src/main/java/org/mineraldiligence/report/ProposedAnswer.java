package org.mineraldiligence.report;

/**
 * An answer the consolidated CMRT would give and what it rests on, for the preview.
 *
 * @param value the template's wording, or null where the cycle's data cannot decide and the process owner must
 * @param basis e.g. "12 of 34 suppliers declared Tin used; 22 not answered validly"
 */
public record ProposedAnswer(String value, String basis) {
}
