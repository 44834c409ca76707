package org.mineraldiligence.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The executive decisions taken on a survey's escalations, for the survey page. Escalation sits above
 * surveys, so the escalation package implements this.
 */
public interface EscalationDecisions {

    record Decision(String decision, String rationale, LocalDate reviewDate, String decidedBy, Instant decidedAt) {
    }

    /** Oldest first. */
    List<Decision> on(long surveyId);
}
