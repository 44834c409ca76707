package org.mineraldiligence.survey;

import java.util.List;

/**
 * The decisions people took on a survey's tasks, for the survey page. The records package, above surveys,
 * keeps them and implements this.
 */
public interface TaskDecisionLog {

    /** Oldest first. */
    List<TaskDecision> forSurvey(long surveyId);
}
