package org.mineraldiligence.escalation;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mineraldiligence.engine.CurrentUser;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The steps of executive-escalation.bpmn around the executive champions' decision (the notice is {@code surveyMail}'s). */
@Component
public class ExecutiveDecisions {

    private final SupplierSurveyRepository surveys;
    private final ExecutiveDecisionRepository decisions;
    private final SupplierHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    /** What the audit trail keeps of a decision. */
    record Recorded(ExecutiveDecision.Kind decision, String rationale, LocalDate reviewDate) {
    }

    ExecutiveDecisions(SupplierSurveyRepository surveys, ExecutiveDecisionRepository decisions,
                       SupplierHistory history, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.decisions = decisions;
        this.history = history;
        this.audit = audit;
    }

    /** Puts the supplier's story into the task, so the executive decides without opening another tool. */
    @Transactional(readOnly = true)
    public void prepareHistory(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        execution.setVariable(EscalationVariables.SUPPLIER_HISTORY, history.summarise(survey));
    }

    @Transactional
    public void record(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        ExecutiveDecision.Kind kind = ExecutiveDecision.Kind.valueOf((String) execution.getVariable(EscalationVariables.EXECUTIVE_DECISION));
        String rationale = (String) execution.getVariable(EscalationVariables.RATIONALE);
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("An executive decision needs a rationale");
        }
        LocalDate reviewDate = kind == ExecutiveDecision.Kind.CONTINUE ? reviewDateOf(execution) : null;
        decisions.save(new ExecutiveDecision(survey, kind, rationale, reviewDate, currentUser(execution),
                clock.instant()));
        audit.record(currentUser(execution), "EXECUTIVE_DECISION", "supplier-survey", survey.getId(), null,
                new Recorded(kind, rationale, reviewDate));
    }

    private static LocalDate reviewDateOf(DelegateExecution execution) {
        Object value = execution.getVariable(EscalationVariables.REVIEW_DATE);
        if (value == null || value.toString().length() < 10) {
            throw new IllegalArgumentException("Continuing the engagement needs a review date");
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    /** The executive who completed the task: Tasklist's request runs the step as that user. */
    private static String currentUser(DelegateExecution execution) {
        return CurrentUser.idOf(execution.getProcessEngineServices().getIdentityService());
    }
}
