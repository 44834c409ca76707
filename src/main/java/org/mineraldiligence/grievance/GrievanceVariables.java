package org.mineraldiligence.grievance;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of grievance.bpmn. {@link #WRITTEN_BY_STEPS} are set when the report arrives and no task
 * form declares them, so no person can write them; the grievance a step works on must also name this
 * process instance as its own. The other names are the task forms' fields; texts among them
 * move into our tables and out of the process at the next step.
 */
public final class GrievanceVariables {

    public static final String GRIEVANCE_ID = "grievanceId";
    public static final String REFERENCE = "reference";
    public static final String CATEGORY = "category";
    public static final String GRIEVANCE_URL = "grievanceUrl";

    // Fields of the grievance task forms.
    public static final String TRIAGE_DECISION = "triageDecision";
    public static final String TRIAGE_NOTE = "triageNote";
    public static final String OUTCOME = "outcome";
    public static final String FLAGGED_SMELTER_ID = "flaggedSmelterId";
    public static final String ESCALATION_SUMMARY = "escalationSummary";
    public static final String FINDINGS = "findings";
    public static final String EXECUTIVE_RESPONSE = "executiveResponse";
    public static final String EXECUTIVE_INSTRUCTIONS = "executiveInstructions";
    public static final String REPLY = "reply";

    public static final Set<String> WRITTEN_BY_STEPS = Set.of(GRIEVANCE_ID, REFERENCE, CATEGORY, GRIEVANCE_URL);

    /**
     * What Camunda's history may keep of a grievance's variables: our ids and the choices made. The free texts
     * (triage note, findings, escalation summary, executive instructions, reply) never reach history.
     */
    public static final Set<String> KEPT_IN_HISTORY = Set.of(GRIEVANCE_ID, REFERENCE, CATEGORY, GRIEVANCE_URL,
            TRIAGE_DECISION, OUTCOME, FLAGGED_SMELTER_ID, EXECUTIVE_RESPONSE);

    private GrievanceVariables() {
    }

    /** The grievance this instance is about, refused unless the grievance names this process instance as its own. */
    static Grievance grievance(DelegateExecution execution, GrievanceRepository grievances) {
        long id = ((Number) execution.getVariable(GRIEVANCE_ID)).longValue();
        Grievance grievance = grievances.findById(id).orElseThrow(() -> new IllegalStateException("no grievance " + id));
        if (!execution.getProcessInstanceId().equals(grievance.getProcessInstanceId())) {
            throw new IllegalStateException("grievance " + id + " belongs to another process instance than "
                    + execution.getProcessInstanceId());
        }
        return grievance;
    }
}
