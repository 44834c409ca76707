package org.mineraldiligence.cycle;

import java.time.LocalDate;

/**
 * The rules a cycle sets for every supplier survey: how often and how many times to remind, how many
 * invalid workbooks before a person looks at it, the oldest CMRT revision accepted and, optionally, the
 * oldest effective date accepted (null: any date; before the reporting year is still a note).
 */
public record SurveyPolicy(int reminderIntervalDays, int maxReminders, int maxInvalidAttempts,
                           int escalationGraceDays, String minCmrtRevision, LocalDate oldestEffectiveDate) {

    public static final SurveyPolicy DEFAULT = new SurveyPolicy(7, 3, 3, 14, "6.31");

    public SurveyPolicy {
        if (reminderIntervalDays < 1 || maxReminders < 0 || maxInvalidAttempts < 1 || escalationGraceDays < 0) {
            throw new IllegalArgumentException("reminder interval and invalid attempts must be at least 1");
        }
    }

    public SurveyPolicy(int reminderIntervalDays, int maxReminders, int maxInvalidAttempts, int escalationGraceDays,
                        String minCmrtRevision) {
        this(reminderIntervalDays, maxReminders, maxInvalidAttempts, escalationGraceDays, minCmrtRevision, null);
    }

    /** ISO 8601 repeating interval for the non-interrupting reminder timer, e.g. R3/P7D. */
    public String reminderCycle() {
        return "R" + maxReminders + "/P" + reminderIntervalDays + "D";
    }
}
