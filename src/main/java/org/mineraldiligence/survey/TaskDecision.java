package org.mineraldiligence.survey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One completion of a user task as its form asked for it: who completed which task when, the choice made
 * (the form's radio or checkbox), the note written and the date given (a new deadline, a review date).
 */
public record TaskDecision(String taskKey, String taskName, String decidedBy, Instant decidedAt, String choice,
                           String note, LocalDate date) {
}
