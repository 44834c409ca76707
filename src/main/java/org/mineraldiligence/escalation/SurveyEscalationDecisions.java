package org.mineraldiligence.escalation;

import java.util.List;

import org.mineraldiligence.survey.EscalationDecisions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Serves the decisions recorded by {@link ExecutiveDecisions} to the survey page. */
@Component
class SurveyEscalationDecisions implements EscalationDecisions {

    private final ExecutiveDecisionRepository decisions;

    SurveyEscalationDecisions(ExecutiveDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> on(long surveyId) {
        return decisions.findBySurveyIdOrderByDecidedAtAsc(surveyId).stream()
                .map(d -> new Decision(d.getDecision().name(), d.getRationale(), d.getReviewDate(),
                        d.getDecidedBy(), d.getDecidedAt()))
                .toList();
    }
}
