package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.mail.OutboundMessageRepository;
import org.mineraldiligence.portal.SubmissionReceiver;
import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.DueJobs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives one supplier's survey in a test the way time and people would: launches it, runs due jobs,
 * moves the clock, uploads workbooks through the portal's receiver, completes tasks.
 */
@Component
public class SurveyScenario {

    private static final AtomicInteger SUPPLIERS = new AtomicInteger(9000);

    final RuntimeService runtime;
    final HistoryService history;
    final TaskService tasks;
    final ManagementService management;
    final SupplierRepository suppliers;
    final ReportingCycleRepository cycles;
    final SupplierSurveyRepository surveys;
    final SurveyLauncher launcher;
    final SubmissionReceiver receiver;
    final OutboundMessageRepository messages;
    final TransactionTemplate transaction;

    SurveyScenario(RuntimeService runtime, HistoryService history, TaskService tasks, ManagementService management,
                   SupplierRepository suppliers, ReportingCycleRepository cycles, SupplierSurveyRepository surveys,
                   SurveyLauncher launcher, SubmissionReceiver receiver, OutboundMessageRepository messages,
                   TransactionTemplate transaction) {
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.management = management;
        this.suppliers = suppliers;
        this.cycles = cycles;
        this.surveys = surveys;
        this.launcher = launcher;
        this.receiver = receiver;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** A new supplier with a contact, surveyed in a new cycle whose deadline is 30 days from now. */
    public SupplierSurvey launch(SurveyPolicy policy) {
        return launch(policy, code -> List.of(new ContactDetails("Ada Buyer", "ada@" + code.toLowerCase() + ".example", true)));
    }

    /** The same with the contacts the supplier's code gives (none, or a broken address, say). */
    public SupplierSurvey launch(SurveyPolicy policy, Function<String, List<ContactDetails>> contacts) {
        return launchIn(transaction.execute(status -> cycles.save(new ReportingCycle(2026, today().plusDays(30), policy))),
                contacts);
    }

    /** A new supplier with the contacts its code gives, surveyed in {@code cycle}. */
    public SupplierSurvey launchIn(ReportingCycle cycle, Function<String, List<ContactDetails>> contacts) {
        return launchIn(cycle, "Acme <b>Metals</b> & Co", contacts);
    }

    /** The same with a name of the test's choosing (hostile ones too). */
    public SupplierSurvey launchIn(ReportingCycle cycle, String name, Function<String, List<ContactDetails>> contacts) {
        return transaction.execute(status -> {
            Supplier supplier = new Supplier("SUP-" + SUPPLIERS.incrementAndGet(), name, "Germany");
            supplier.setCommodityManager("carlos");
            supplier.setSpend(BigDecimal.valueOf(100_000), "USD");
            supplier.replaceContacts(contacts.apply(supplier.getCode()));
            suppliers.save(supplier);
            return launcher.launch(cycle, supplier);
        });
    }

    /** A new supplier with a contact, asked for {@code requested} in a new cycle that collects them. */
    public SupplierSurvey launchAsking(SurveyPolicy policy, org.mineraldiligence.cycle.RequestedTemplates requested) {
        return transaction.execute(status -> {
            ReportingCycle cycle = new ReportingCycle(2026, today().plusDays(30), policy);
            cycle.collect(requested);
            cycles.save(cycle);
            Supplier supplier = new Supplier("SUP-" + SUPPLIERS.incrementAndGet(), "Acme <b>Metals</b> & Co", "Germany");
            supplier.setCommodityManager("carlos");
            supplier.setSpend(BigDecimal.valueOf(100_000), "USD");
            supplier.replaceContacts(List.of(new ContactDetails("Ada Buyer", "ada@" + supplier.getCode().toLowerCase() + ".example", true)));
            suppliers.save(supplier);
            return launcher.launch(cycle, supplier, requested);
        });
    }

    /** What the master data page does when a commodity manager corrects the supplier's contacts. */
    void replaceContacts(SupplierSurvey survey, ContactDetails... contacts) {
        transaction.executeWithoutResult(status ->
                suppliers.findById(survey.getSupplier().getId()).orElseThrow().replaceContacts(List.of(contacts)));
    }

    /** The survey's process instance, also once it has ended (the assertions then read its history). */
    ProcessInstance instance(SupplierSurvey survey) {
        HistoricProcessInstance historic = history.createHistoricProcessInstanceQuery()
                .processInstanceId(survey.getProcessInstanceId()).singleResult();
        return new ProcessInstance() {
            public String getProcessDefinitionId() { return historic.getProcessDefinitionId(); }
            public String getBusinessKey() { return historic.getBusinessKey(); }
            public String getRootProcessInstanceId() { return historic.getRootProcessInstanceId(); }
            public String getCaseInstanceId() { return null; }
            public boolean isSuspended() { return false; }
            public String getId() { return historic.getId(); }
            public boolean isEnded() { return historic.getEndTime() != null; }
            public String getProcessInstanceId() { return historic.getId(); }
            public String getTenantId() { return null; }
            public String getProcessDefinitionKey() { return historic.getProcessDefinitionKey(); }
        };
    }

    /** Runs the survey's due jobs (and its escalation's), as the job executor would. */
    public void runDueJobs(SupplierSurvey survey) {
        DueJobs.run(runtime, management, survey.getProcessInstanceId());
    }

    /** Moves the engine's clock forward and runs what became due. */
    public void passDays(SupplierSurvey survey, int days) {
        ClockUtil.setCurrentTime(Date.from(now().plus(days, ChronoUnit.DAYS)));
        runDueJobs(survey);
    }

    public SubmissionReceiver.Receipt upload(SupplierSurvey survey, byte[] workbook) {
        SupplierSurvey fresh = surveys.findWithSupplierById(survey.getId()).orElseThrow();
        SubmissionReceiver.Receipt receipt = receiver.receive(fresh, "cmrt.xlsx", workbook);
        runDueJobs(survey);
        return receipt;
    }

    public Task task(SupplierSurvey survey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(survey.getBusinessKey()).singleResult();
        assertThat(task).as("an open task for " + survey.getBusinessKey()).isNotNull();
        return task;
    }

    public Task executiveTask(SupplierSurvey survey) {
        Task task = tasks.createTaskQuery().taskCandidateGroup("executive-champions")
                .processInstanceBusinessKey(survey.getBusinessKey()).singleResult();
        assertThat(task).as("an escalation task for " + survey.getBusinessKey()).isNotNull();
        return task;
    }

    public void complete(SupplierSurvey survey, Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
        runDueJobs(survey);
    }

    public List<OutboundMessage> mailsTo(SupplierSurvey survey, String template) {
        // Each scenario has a supplier of its own, so the supplier names the survey's messages.
        return messages.findAll().stream()
                .filter(message -> survey.getSupplier().getId().equals(message.getSupplierId()))
                .filter(message -> template.equals(message.getTemplateName()))
                .toList();
    }

    public SupplierSurvey reload(SupplierSurvey survey) {
        return surveys.findWithSupplierById(survey.getId()).orElseThrow();
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), java.time.ZoneId.systemDefault());
    }
}
