package org.mineraldiligence.cycle;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of reporting-cycle.bpmn. The start form's fields (year, deadline, policy) are read once, by
 * "Create reporting cycle", into our table; from then on the cycle's own steps set {@link #WRITTEN_BY_STEPS},
 * which no task form declares, and find the cycle by {@link #CYCLE_ID}, checked against the process instance.
 */
public final class CycleVariables {

    public static final String CYCLE_ID = "cycleId";
    public static final String RESULTS_DUE = "resultsDue";
    public static final String OUTCOME_CHECK_INTERVAL = "outcomeCheckInterval";
    public static final String SCOPE_URL = "scopeUrl";
    public static final String SURVEYS_URL = "surveysUrl";
    public static final String SCOPE_SUPPLIERS = "scopeSuppliers";
    public static final String SCOPE_COVERAGE = "scopeCoverage";
    public static final String SCOPE_TARGET = "scopeTarget";
    public static final String SCOPE_CONFIRMED_BY = "scopeConfirmedBy";
    public static final String REVIEWED_BY = "reviewedBy";
    public static final String LAUNCH_CHUNK_SIZE = "launchChunkSize";
    public static final String LAUNCH_CHUNKS = "launchChunks";
    public static final String SURVEYS_WITH_OUTCOME = "surveysWithOutcome";
    public static final String AWAITING_OUTCOME = "awaitingOutcome";

    public static final Set<String> WRITTEN_BY_STEPS = Set.of(CYCLE_ID, RESULTS_DUE, OUTCOME_CHECK_INTERVAL, SCOPE_URL,
            SURVEYS_URL, SCOPE_SUPPLIERS, SCOPE_COVERAGE, SCOPE_TARGET, SCOPE_CONFIRMED_BY, REVIEWED_BY,
            LAUNCH_CHUNK_SIZE, LAUNCH_CHUNKS, SURVEYS_WITH_OUTCOME, AWAITING_OUTCOME);

    private CycleVariables() {
    }

    /**
     * The cycle this instance runs, refused unless the cycle names this process instance as its own ("Create
     * reporting cycle" records it): an instance started at a later step cannot close or launch another cycle.
     */
    static ReportingCycle cycle(DelegateExecution execution, ReportingCycleRepository cycles) {
        long id = ((Number) execution.getVariable(CYCLE_ID)).longValue();
        ReportingCycle cycle = cycles.findById(id)
                .orElseThrow(() -> new IllegalStateException("reporting cycle " + id + " does not exist"));
        if (!execution.getProcessInstanceId().equals(cycle.getProcessInstanceId())) {
            throw new IllegalStateException("reporting cycle " + cycle.label() + " belongs to another process instance than "
                    + execution.getProcessInstanceId());
        }
        return cycle;
    }
}
