package org.mineraldiligence.survey;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes how a survey ended into our tables, where the dashboard and the report read it. */
@Component
public class SurveyOutcomeRecorder {

    private final SupplierSurveyRepository surveys;
    private final Clock clock;

    SurveyOutcomeRecorder(SupplierSurveyRepository surveys, Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
    }

    @Transactional
    public void record(DelegateExecution execution, String outcome) {
        SurveyOutcome kind = SurveyOutcome.valueOf(outcome);
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        survey.setProgramStrength(SurveyVariables.text(execution, SurveyVariables.PROGRAM_STRENGTH));
        survey.complete(kind, noteFor(kind, execution), clock.instant());
    }

    /** A valid declaration without risks; exempted when a person accepted an invalid one on the way. */
    @Transactional
    public void recordAccepted(DelegateExecution execution) {
        boolean exempted = "ACCEPT_WITH_EXCEPTIONS".equals(execution.getVariable(SurveyVariables.RESOLUTION));
        record(execution, exempted ? SurveyOutcome.EXEMPTED.name() : SurveyOutcome.VALID_LOW_RISK.name());
    }

    private static String noteFor(SurveyOutcome outcome, DelegateExecution execution) {
        String variable = switch (outcome) {
            case OUT_OF_SCOPE -> SurveyVariables.OUT_OF_SCOPE_REASON;
            case VALID_WITH_MITIGATIONS -> SurveyVariables.ACCEPTANCE_REASON;
            case EXEMPTED -> SurveyVariables.EXCEPTION_NOTE;
            case SUSPENDED, DISENGAGED -> "rationale";
            case VALID_LOW_RISK -> null;
        };
        return variable == null ? null : (String) execution.getVariable(variable);
    }
}
