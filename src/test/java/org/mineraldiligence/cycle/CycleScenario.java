package org.mineraldiligence.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.mineraldiligence.cycle.scope.CycleScope;
import org.mineraldiligence.cycle.scope.ScopeEntry;
import org.mineraldiligence.cycle.scope.ScopeEntryRepository;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives reporting cycles in tests: suppliers of their own, a reporting year no other test uses, the
 * cycle's jobs and tasks. Tests share one database, so everything here is about rows the test made.
 */
@Component
public class CycleScenario {

    public static final String PROCESS_KEY = "reporting-cycle";
    /** The survey request names the commodity manager, so the manager must exist, also where no demo users do. */
    static final String MANAGER = "cycle-test-manager";

    final RuntimeService runtime;
    final TaskService tasks;
    final ManagementService management;
    final SupplierRepository suppliers;
    final ReportingCycleRepository cycles;
    final ScopeEntryRepository scopeEntries;
    final CycleScope scope;
    final TransactionTemplate transaction;
    final IdentityService identity;

    CycleScenario(IdentityService identity, RuntimeService runtime, TaskService tasks, ManagementService management, SupplierRepository suppliers,
                  ReportingCycleRepository cycles, ScopeEntryRepository scopeEntries, CycleScope scope,
                  TransactionTemplate transaction) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.suppliers = suppliers;
        this.cycles = cycles;
        this.scopeEntries = scopeEntries;
        this.scope = scope;
        this.transaction = transaction;
        this.identity = identity;
    }

    /** A supplier with a unique code, a contact and a commodity manager; spend null leaves it without spend. */
    public Supplier supplier(String country, Long spend, boolean direct) {
        ensureManager();
        String code = "T-" + UUID.randomUUID().toString().substring(0, 13);
        Supplier supplier = new Supplier(code, "Test supplier " + code, country);
        supplier.setCommodityManager(MANAGER);
        supplier.setSpend(spend == null ? null : BigDecimal.valueOf(spend), "USD");
        supplier.setDirect(direct);
        supplier.addContact("Pat Contact", code.toLowerCase() + "@supplier.example", true);
        return suppliers.save(supplier);
    }

    private void ensureManager() {
        if (identity.createUserQuery().userId(MANAGER).count() == 0) {
            User user = identity.newUser(MANAGER);
            user.setFirstName("Casey");
            user.setLastName("Manager");
            user.setEmail("casey.manager@company.example");
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
    }

    /** A reporting year no cycle has yet (far in the future, so it never meets real data). */
    public int unusedYear() {
        while (true) {
            int year = ThreadLocalRandom.current().nextInt(3000, 9000);
            if (!cycles.existsByReportingYear(year)) {
                return year;
            }
        }
    }

    /** The start form's values: deadline in 30 days, 14 days of grace. */
    public Map<String, Object> startForm(int year) {
        Map<String, Object> form = new HashMap<>();
        form.put("reportingYear", (long) year);
        form.put("responseDeadline", today().plusDays(30).toString());
        form.put("reminderIntervalDays", 7L);
        form.put("maxReminders", 2L);
        form.put("maxInvalidAttempts", 2L);
        form.put("escalationGraceDays", 14L);
        form.put("minCmrtRevision", "6.31");
        return form;
    }

    /** Starts a cycle as Tasklist's start form does and lets the scope be computed. */
    public ProcessInstance start(int year) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, startForm(year));
        runJobs(instance);
        return instance;
    }

    public ReportingCycle cycleOf(ProcessInstance instance) {
        long id = ((Number) runtime.getVariable(instance.getId(), "cycleId")).longValue();
        return cycles.findById(id).orElseThrow();
    }

    /** Makes the scope exactly these suppliers, through the same changes a process owner makes. */
    public void narrowScopeTo(ReportingCycle cycle, List<Supplier> wanted) {
        Set<Long> wantedIds = wanted.stream().map(Supplier::getId).collect(Collectors.toSet());
        List<ScopeEntry> included = scopeEntries.findByCycleIdAndIncluded(cycle.getId(), true, Pageable.unpaged()).getContent();
        for (ScopeEntry entry : included) {
            if (!wantedIds.remove(entry.getSupplier().getId())) {
                scope.remove(cycle.getId(), entry.getSupplier().getId(), "Not part of this test's supply chain", "olivia");
            }
        }
        for (Supplier supplier : suppliers.findAllById(wantedIds)) {
            scope.add(cycle.getId(), supplier.getCode(), "Part of this test's supply chain", "olivia");
        }
    }

    public Task task(ProcessInstance instance) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task).as("an open task of the cycle").isNotNull();
        return task;
    }

    /** Completes a task as its assignee would in Tasklist. */
    public void complete(ProcessInstance instance, String user, Map<String, Object> variables) {
        Task task = task(instance);
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }

    /**
     * Runs the due jobs of the cycle's own instance, one at a time and timers by due date as the executor
     * would, until none is left: one timer of the event-based gateway cancels the other.
     */
    public void runJobs(ProcessInstance instance) {
        for (int round = 0; round < 1000; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable()
                    .orderByJobDuedate().asc().list();
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new AssertionError("the cycle's jobs keep coming");
    }

    /** Runs the due jobs of the given survey instances (start, survey request) until none is left. */
    public void runSurveyJobs(Set<String> surveyInstanceIds) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processDefinitionKey("supplier-survey").executable().list()
                    .stream().filter(job -> surveyInstanceIds.contains(job.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the survey jobs keep coming");
    }

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }
}
