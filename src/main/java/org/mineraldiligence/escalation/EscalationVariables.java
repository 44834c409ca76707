package org.mineraldiligence.escalation;

import java.util.Set;

/**
 * The variables of executive-escalation.bpmn. The survey's ids come in from the calling survey
 * ({@code camunda:in}, see {@link org.mineraldiligence.survey.SurveyVariables}), with its business key;
 * the decision fields are the executive-decision form's, and the decision and review date go back out.
 */
public final class EscalationVariables {

    /** The model's process id: its instances carry the survey's business key and {@code cycleId}. */
    public static final String PROCESS_KEY = "executive-escalation";

    /** Written by "Prepare supplier history"; shown in the executive's form. */
    public static final String SUPPLIER_HISTORY = "supplierHistory";

    // Fields of forms/executive-decision.form.
    public static final String EXECUTIVE_DECISION = "executiveDecision";
    public static final String RATIONALE = "rationale";
    public static final String REVIEW_DATE = "reviewDate";
    public static final String NOTIFY_SUPPLIER = "notifySupplier";

    public static final Set<String> WRITTEN_BY_STEPS = Set.of(SUPPLIER_HISTORY);

    private EscalationVariables() {
    }
}
