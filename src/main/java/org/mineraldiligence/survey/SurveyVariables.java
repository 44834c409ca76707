package org.mineraldiligence.survey;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of supplier-survey.bpmn (and of the escalation it calls), by name and type. Two kinds:
 * <ul>
 * <li>{@link #WRITTEN_BY_STEPS}: ids, counters and flags that only our code sets (the launcher, the steps,
 *     the portal's receiver). No task form declares them, so the task write guard refuses them in every
 *     completion and every variable write by a person; a record found by one of these ids must also belong
 *     to this process instance before a step uses it.</li>
 * <li>the fields of the survey's task forms, which people fill in and the guard validates against the form.</li>
 * </ul>
 * Gateways read the flags the steps set ({@link #CMRT_VALID}, {@link #INVALID_ATTEMPTS_LEFT},
 * {@link #TEMPLATES_OUTSTANDING}, {@link #RISKS_FOUND}) rather than expressions over raw values.
 */
public final class SurveyVariables {

    public static final String SURVEY_ID = "surveyId";
    public static final String SUPPLIER_ID = "supplierId";
    public static final String CYCLE_ID = "cycleId";
    public static final String SUBMISSION_ID = "submissionId";
    public static final String SUPPLIER_NAME = "supplierName";
    public static final String COMMODITY_MANAGER = "commodityManager";
    public static final String REPORTING_YEAR = "reportingYear";
    public static final String SURVEY_URL = "surveyUrl";
    public static final String REMINDER_CYCLE = "reminderCycle";
    public static final String REMINDERS_SENT = "remindersSent";
    public static final String MAX_INVALID_ATTEMPTS = "maxInvalidAttempts";
    public static final String INVALID_ATTEMPTS = "invalidAttempts";
    public static final String CMRT_ALREADY_RECEIVED = "cmrtAlreadyReceived";
    public static final String VERDICT = "verdict";
    public static final String CMRT_VALID = "cmrtValid";
    public static final String INVALID_ATTEMPTS_LEFT = "invalidAttemptsLeft";
    public static final String FINDINGS_SUMMARY = "findingsSummary";
    public static final String HIGH_RISK_SMELTERS = "highRiskSmelters";
    public static final String UNMATCHED_SMELTERS = "unmatchedSmelters";
    public static final String RISKS_FOUND = "risksFound";
    public static final String RISK_SUMMARY = "riskSummary";
    public static final String PROGRAM_STRENGTH = "programStrength";
    public static final String CORRECTIVE_ACTION_DUE = "correctiveActionDue";
    public static final String CONTACT_PROBLEM = "contactProblem";
    /** A task's own variable: what its form shows of the supplier (written when the task is created). */
    public static final String TASK_CONTEXT = "taskContext";
    /** CMRT company questions A, D, F, G as "companyA" …, the input of program-strength.dmn. */
    public static final String COMPANY_ANSWER_PREFIX = "company";

    /** Set at launch and by the contact task's form ("will respond by a new date"). */
    public static final String RESPONSE_DEADLINE = "responseDeadline";

    // Fields of the survey's task forms (forms/*.form).
    public static final String CONTACT_OUTCOME = "contactOutcome";
    public static final String OUT_OF_SCOPE_REASON = "outOfScopeReason";
    public static final String RESOLUTION = "resolution";
    public static final String EXCEPTION_NOTE = "exceptionNote";
    public static final String MITIGATION = "mitigation";
    public static final String MITIGATION_NOTE = "mitigationNote";
    /** Why the commodity manager accepts a smelter risk (the "accept" answer of the mitigation form). */
    public static final String ACCEPTANCE_REASON = "acceptanceReason";
    /** Why a commodity manager escalates (contact and invalid-CMRT forms); the executives read it. */
    public static final String ESCALATION_REASON = "escalationReason";
    public static final String CORRECTIVE_ACTION_DAYS = "correctiveActionDays";
    /** The templates asked of the supplier ({@code RequestedTemplates} text), set at launch. */
    public static final String REQUESTED_TEMPLATES = "requestedTemplates";

    /** The EMRT's invalid attempts; {@link #INVALID_ATTEMPTS} counts the CMRT's. */
    public static final String EMRT_INVALID_ATTEMPTS = "emrtInvalidAttempts";
    /** Whether a requested template is not yet valid or accepted: the survey keeps waiting while it is. */
    public static final String TEMPLATES_OUTSTANDING = "templatesOutstanding";
    /** The template the latest check was about, "CMRT" or "EMRT (cobalt, mica)": tasks and summaries name it. */
    public static final String TEMPLATE_CONCERNED = "templateConcerned";

    public static final Set<String> WRITTEN_BY_STEPS = Set.of(SURVEY_ID, SUPPLIER_ID, CYCLE_ID, SUBMISSION_ID,
            SUPPLIER_NAME, COMMODITY_MANAGER, REPORTING_YEAR, SURVEY_URL, REMINDER_CYCLE, REMINDERS_SENT,
            MAX_INVALID_ATTEMPTS, INVALID_ATTEMPTS, CMRT_ALREADY_RECEIVED, VERDICT, CMRT_VALID, INVALID_ATTEMPTS_LEFT,
            FINDINGS_SUMMARY, HIGH_RISK_SMELTERS, UNMATCHED_SMELTERS, RISKS_FOUND, RISK_SUMMARY, PROGRAM_STRENGTH,
            CORRECTIVE_ACTION_DUE, CONTACT_PROBLEM, TASK_CONTEXT, REQUESTED_TEMPLATES, EMRT_INVALID_ATTEMPTS,
            TEMPLATES_OUTSTANDING, TEMPLATE_CONCERNED);

    private SurveyVariables() {
    }

    public static long surveyId(VariableScope execution) {
        return ((Number) execution.getVariable(SURVEY_ID)).longValue();
    }

    public static long submissionId(VariableScope execution) {
        return ((Number) execution.getVariable(SUBMISSION_ID)).longValue();
    }

    /**
     * The survey this instance is about. Its id comes from a variable only the launcher sets, and the survey
     * row names the process instance the launcher started for it (the survey's own, or the survey that called
     * this escalation): an instance started or steered some other way cannot point a step at a survey.
     */
    public static SupplierSurvey survey(DelegateExecution execution, SupplierSurveyRepository surveys) {
        long id = surveyId(execution);
        SupplierSurvey survey = surveys.findWithSupplierById(id)
                .orElseThrow(() -> new IllegalStateException("survey " + id + " does not exist"));
        checkOwnInstance(survey, execution);
        return survey;
    }

    /** The workbook handed to this survey, refused when it belongs to another supplier's survey. */
    public static CmrtSubmission submission(DelegateExecution execution, CmrtSubmissionRepository submissions) {
        long id = submissionId(execution);
        CmrtSubmission submission = submissions.findById(id)
                .orElseThrow(() -> new IllegalStateException("submission " + id + " does not exist"));
        checkOwnInstance(submission.getSurvey(), execution);
        return submission;
    }

    /** The launcher records the instance id once the start returns, so during the start itself it is not set yet. */
    private static void checkOwnInstance(SupplierSurvey survey, DelegateExecution execution) {
        String instance = surveyInstanceId(execution);
        if (survey.getProcessInstanceId() != null && !survey.getProcessInstanceId().equals(instance)) {
            throw new IllegalStateException("survey " + survey.getId() + " (" + survey.getBusinessKey()
                    + ") belongs to another process instance than " + instance);
        }
    }

    private static String surveyInstanceId(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getId();
    }

    public static String text(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    public static String commodityManager(VariableScope execution) {
        return text(execution, COMMODITY_MANAGER);
    }

    /** Increments and returns a counter variable, e.g. how many reminders this survey has sent. */
    public static int increment(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        int next = (value instanceof Number number ? number.intValue() : 0) + 1;
        execution.setVariable(name, next);
        return next;
    }
}
