package org.mineraldiligence.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mineraldiligence.engine.CurrentUser;
import org.mineraldiligence.cycle.scope.CycleScope;
import org.mineraldiligence.cycle.scope.ExchangeRates;
import org.mineraldiligence.cycle.scope.ScopeCoverage;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.web.PublicBaseUrl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of reporting-cycle.bpmn. The process carries ids and counts only; the cycle, its scope and its
 * surveys live in our tables, so a launch chunk re-reads its suppliers instead of receiving them.
 */
@Component
public class ReportingCycleSteps {

    private final ReportingCycleRepository cycles;
    private final CycleScope scope;
    private final ExchangeRates exchangeRates;
    private final SupplierRepository suppliers;
    private final SurveyLaunch launcher;
    private final CommodityMapping mapping;
    private final CycleSettings settings;
    private final IdentityService identityService;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;

    ReportingCycleSteps(ReportingCycleRepository cycles, CycleScope scope, ExchangeRates exchangeRates,
                        SupplierRepository suppliers,
                        SurveyLaunch launcher, CommodityMapping mapping, CycleSettings settings, IdentityService identityService,
                        PublicBaseUrl baseUrl, Clock clock) {
        this.clock = clock;
        this.cycles = cycles;
        this.scope = scope;
        this.exchangeRates = exchangeRates;
        this.suppliers = suppliers;
        this.launcher = launcher;
        this.mapping = mapping;
        this.settings = settings;
        this.identityService = identityService;
        this.baseUrl = baseUrl;
    }

    /** Creates the cycle from the start form. A second cycle for a year is refused: survey keys name the year. */
    @Transactional
    public void create(DelegateExecution execution) {
        int year = number(execution, "reportingYear");
        if (cycles.existsByReportingYear(year)) {
            throw new IllegalArgumentException("RY" + year + " already has a reporting cycle; choose another year.");
        }
        LocalDate deadline = date(execution.getVariable("responseDeadline"));
        SurveyPolicy policy = new SurveyPolicy(number(execution, "reminderIntervalDays"),
                number(execution, "maxReminders"), number(execution, "maxInvalidAttempts"),
                number(execution, "escalationGraceDays"), String.valueOf(execution.getVariable("minCmrtRevision")).strip(),
                optionalDate(execution.getVariable("oldestEffectiveDate")));
        RequestedTemplates collects = CycleCollection.of(execution);
        ReportingCycle cycle = new ReportingCycle(year, deadline, policy);
        cycle.collect(collects);
        cycle.setProcessInstanceId(execution.getProcessInstanceId());
        cycles.save(cycle);
        exchangeRates.start(cycle);
        execution.setProcessBusinessKey(cycle.label());
        Map<String, Object> variables = new HashMap<>();
        variables.put(CycleVariables.CYCLE_ID, cycle.getId());
        variables.put("responseDeadline", deadline.toString());
        variables.put(CycleVariables.RESULTS_DUE, deadline.plusDays(policy.escalationGraceDays()) + "T23:59:59");
        variables.put(CycleVariables.OUTCOME_CHECK_INTERVAL, settings.outcomeCheckInterval().toString());
        variables.put(CycleVariables.SCOPE_URL, baseUrl.get() + "/cycles/" + cycle.getId() + "/scope");
        variables.put(CycleVariables.SURVEYS_URL, baseUrl.get() + "/surveys?cycle=" + cycle.getId());
        execution.setVariables(variables);
    }

    @Transactional
    public void computeScope(DelegateExecution execution) {
        ReportingCycle cycle = cycle(execution);
        ScopeCoverage coverage = scope.compute(cycle);
        execution.setVariable(CycleVariables.SCOPE_SUPPLIERS, coverage.suppliers());
        execution.setVariable(CycleVariables.SCOPE_COVERAGE, scope.shown(cycle, coverage));
        execution.setVariable(CycleVariables.SCOPE_TARGET, coverage.targetPercent());
    }

    /** Records who completed a task, for the cycle's evidence (the scope's confirmation, the closing). */
    public void recordActor(DelegateTask task, String variable) {
        String user = task.getAssignee() != null ? task.getAssignee() : CurrentUser.idOf(identityService);
        task.getExecution().setVariable(variable, user);
    }

    /** Freezes the scope and splits the launch into chunks, each one job and one transaction. */
    @Transactional
    public void freezeScope(DelegateExecution execution) {
        ReportingCycle cycle = cycle(execution);
        if (!cycle.isScoped()) {
            throw new IllegalStateException("The scope of " + cycle.label() + " is not computed yet: "
                    + scope.refusal(cycle).orElse("open the scope page") + " Enter the rates on the scope page first.");
        }
        cycle.confirmScope(now(), (String) execution.getVariable(CycleVariables.SCOPE_CONFIRMED_BY));
        long inScope = scope.coverage(cycle).suppliers();
        int chunkSize = settings.launchChunkSize();
        execution.setVariable(CycleVariables.SCOPE_SUPPLIERS, inScope);
        execution.setVariable(CycleVariables.LAUNCH_CHUNK_SIZE, chunkSize);
        execution.setVariable(CycleVariables.LAUNCH_CHUNKS, (int) ((inScope + chunkSize - 1) / chunkSize));
    }

    /**
     * Starts the surveys of one chunk. A retried or resumed chunk starts only those still missing:
     * {@link SurveyLaunch} keeps the survey a supplier already has in the cycle.
     */
    @Transactional
    public void launchChunk(DelegateExecution execution, int chunk) {
        ReportingCycle cycle = cycle(execution);
        int chunkSize = number(execution, CycleVariables.LAUNCH_CHUNK_SIZE);
        List<Long> ids = scope.chunk(cycle.getId(), chunk, chunkSize);
        TemplatesAsked rule = mapping.forCycle(cycle);
        Map<Long, RequestedTemplates> chosen = scope.chosenTemplates(cycle.getId(), ids);
        launcher.launchAll(cycle, suppliers.findAllById(ids),
                supplier -> rule.of(supplier.getCommodity(), chosen.get(supplier.getId())).templates());
    }

    /** How many in-scope suppliers have no outcome yet; 0 ends the wait. */
    @Transactional(readOnly = true)
    public void countAwaitingOutcome(DelegateExecution execution) {
        ReportingCycle cycle = cycle(execution);
        long inScope = scope.coverage(cycle).suppliers();
        long done = scope.withOutcome(cycle.getId());
        execution.setVariable(CycleVariables.SURVEYS_WITH_OUTCOME, done);
        execution.setVariable(CycleVariables.AWAITING_OUTCOME, Math.max(0, inScope - done));
    }

    /** Closes the cycle: its portal links stop working and it counts as finished for the report. */
    @Transactional
    public void close(DelegateExecution execution) {
        ReportingCycle cycle = cycle(execution);
        if (cycle.isOpen()) {
            cycle.close(now(), (String) execution.getVariable(CycleVariables.REVIEWED_BY));
        }
    }

    private ReportingCycle cycle(DelegateExecution execution) {
        return CycleVariables.cycle(execution, cycles);
    }

    private static int number(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text && text.strip().matches("-?\\d+")) {
            return Integer.parseInt(text.strip());
        }
        throw new IllegalArgumentException("\"" + name + "\" must be a whole number, not " + value);
    }

    /** Tasklist's date field sends 2026-05-31; the REST API may send a Date. */
    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value == null || value.toString().length() < 10) {
            throw new IllegalArgumentException("The response deadline is missing.");
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    /** The start form's optional date: empty means no limit. */
    private static LocalDate optionalDate(Object value) {
        return value == null || value.toString().isBlank() ? null : date(value);
    }

    private Instant now() {
        return clock.instant();
    }
}
