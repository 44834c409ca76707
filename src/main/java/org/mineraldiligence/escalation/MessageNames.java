package org.mineraldiligence.escalation;

import java.util.Map;

/**
 * The names people read for our e-mail templates ("Reminder 2 of 4", not {@code reminder}): on the supplier
 * page, in the Tasklist forms and in the executives' account of a supplier.
 */
final class MessageNames {

    private static final Map<String, String> NAMES = Map.of(
            "survey-request", "Survey request",
            "resubmission-request", "Request to correct the CMRT",
            "new-deadline", "New deadline confirmed",
            "corrective-action-request", "Corrective action request",
            "program-guidance", "Guidance and training",
            "decision-notice", "Decision letter to the supplier",
            "decision-notice-manager", "Decision notice to the commodity manager",
            "escalation-notice", "Escalation notice");

    private MessageNames() {
    }

    /**
     * The name of a message; a reminder is counted: {@code number} is its place among the survey's reminders,
     * {@code maxReminders} how many the cycle's policy allows.
     */
    static String of(String template, int number, int maxReminders) {
        if ("reminder".equals(template)) {
            // Reminders sent by hand from the supplier list count too, so there may be more than the policy plans.
            return number <= maxReminders ? "Reminder " + number + " of " + maxReminders
                    : "Reminder " + number + " (" + maxReminders + " planned)";
        }
        return NAMES.getOrDefault(template, template);
    }
}
