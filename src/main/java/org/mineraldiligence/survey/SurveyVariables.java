package org.mineraldiligence.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the ids a survey's process carries; the rest lives in our tables. */
public final class SurveyVariables {

    private SurveyVariables() {
    }

    public static long surveyId(DelegateExecution execution) {
        return ((Number) execution.getVariable("surveyId")).longValue();
    }

    public static SupplierSurvey survey(DelegateExecution execution, SupplierSurveyRepository surveys) {
        long id = surveyId(execution);
        return surveys.findWithSupplierById(id)
                .orElseThrow(() -> new IllegalStateException("survey " + id + " does not exist"));
    }

    /** Increments and returns a counter variable, e.g. how many reminders this survey has sent. */
    public static int increment(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        int next = (value instanceof Number number ? number.intValue() : 0) + 1;
        execution.setVariable(name, next);
        return next;
    }
}
