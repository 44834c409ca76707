package org.mineraldiligence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.grievance.Grievance;
import org.mineraldiligence.grievance.GrievanceCategory;
import org.mineraldiligence.grievance.GrievanceEntryRepository;
import org.mineraldiligence.grievance.GrievanceReport;
import org.mineraldiligence.grievance.GrievanceRepository;
import org.mineraldiligence.grievance.GrievanceStatus;
import org.mineraldiligence.grievance.Grievances;
import org.mineraldiligence.portal.SubmissionReceiver;
import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.DueJobs;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyLauncher;
import org.mineraldiligence.survey.SurveyOutcome;
import org.mineraldiligence.web.SecretTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The forgeries of issue 15, replayed through /engine-rest with HTTP Basic as a person of each role would
 * send them, run on H2 and on PostgreSQL. Each attack must be refused and leave its victim (another
 * supplier's survey, another reporter's grievance) as it was; each role's own work must still go through.
 */
abstract class RecordForgeryContract {

    static final String PASSWORD = "Forgery-pass-1";
    static final String OWNER = "fg-owner", MANAGER = "fg-manager", COLLEAGUE = "fg-colleague",
            EXECUTIVE = "fg-executive", OFFICER = "fg-officer", ADMIN = "fg-admin";
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 2, 2, 14, "6.31");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    SurveyLauncher launcher;
    @Autowired
    SubmissionReceiver receiver;
    @Autowired
    Grievances grievances;
    @Autowired
    GrievanceRepository grievanceRecords;
    @Autowired
    GrievanceEntryRepository grievanceEntries;
    @Autowired
    TransactionTemplate transaction;

    WebSession http;

    @BeforeEach
    void createPeople() {
        http = new WebSession(port);
        createUser(OWNER, Role.PROCESS_OWNER.groupId());
        createUser(MANAGER, Role.COMMODITY_MANAGER.groupId());
        createUser(COLLEAGUE, Role.COMMODITY_MANAGER.groupId());
        createUser(EXECUTIVE, Role.EXECUTIVE_CHAMPION.groupId());
        createUser(OFFICER, Role.COMPLIANCE_OFFICER.groupId());
        createUser(ADMIN, Groups.CAMUNDA_ADMIN);
    }

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    @Test
    void aManagerCannotPointHisOwnTaskAtAnotherManagersSurvey() {
        SupplierSurvey own = launch(MANAGER);
        upload(own, TestWorkbooks.validWithUnknownSmelter());
        SupplierSurvey victim = launch(COLLEAGUE);
        Task mitigation = openTask(own);
        assertThat(mitigation.getTaskDefinitionKey()).isEqualTo("Activity_AgreeRiskMitigation");
        String forged = "{\"variables\": {\"mitigation\": {\"value\": \"ACCEPT\"},"
                + " \"mitigationNote\": {\"value\": \"Forged: risks accepted by phone\"},"
                + " \"surveyId\": {\"value\": " + victim.getId() + ", \"type\": \"Long\"}}}";

        for (String endpoint : List.of("complete", "submit-form")) {
            HttpResponse<String> refused = rest("POST", "/task/" + mitigation.getId() + "/" + endpoint, MANAGER, forged);
            assertThat(refused.statusCode()).as(endpoint + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("'surveyId' is not a field of the form agree-risk-mitigation");
        }
        // Not even the administrator completes a task with more than its form asks.
        assertThat(rest("POST", "/task/" + mitigation.getId() + "/complete", ADMIN, forged).statusCode()).isEqualTo(400);
        // Through the variable endpoints instead: the task's own variable, then the survey's, then removing it.
        assertThat(rest("PUT", "/task/" + mitigation.getId() + "/variables/surveyId", MANAGER,
                "{\"value\": " + victim.getId() + ", \"type\": \"Long\"}").statusCode()).isEqualTo(403);
        assertThat(rest("PUT", "/task/" + mitigation.getId() + "/localVariables/surveyId", MANAGER,
                "{\"value\": " + victim.getId() + ", \"type\": \"Long\"}").statusCode()).isEqualTo(403);
        assertThat(rest("POST", "/task/" + mitigation.getId() + "/variables", MANAGER,
                "{\"modifications\": {\"surveyId\": {\"value\": " + victim.getId() + ", \"type\": \"Long\"}}}")
                .statusCode()).isEqualTo(403);
        assertThat(rest("DELETE", "/task/" + mitigation.getId() + "/variables/surveyId", MANAGER, null).statusCode())
                .isEqualTo(403);
        assertThat(rest("POST", "/task/" + mitigation.getId() + "/bpmnError", MANAGER,
                "{\"errorCode\": \"NO_CONTACT_ADDRESS\"}").statusCode()).isEqualTo(403);
        // A value the form does not offer, and a required field left out.
        assertThat(rest("POST", "/task/" + mitigation.getId() + "/complete", MANAGER,
                "{\"variables\": {\"mitigation\": {\"value\": \"IGNORE\"}, \"mitigationNote\": {\"value\": \"Nothing to see here\"}}}")
                .body()).contains("must be one of PRODUCT_CMRT, REMOVE_SMELTER, ACCEPT");
        assertThat(rest("POST", "/task/" + mitigation.getId() + "/complete", MANAGER,
                "{\"variables\": {\"mitigation\": {\"value\": \"PRODUCT_CMRT\"}, \"mitigationNote\": {\"value\": \"Send a product CMRT\"}}}")
                .body()).contains("'correctiveActionDays'").contains("is required");

        assertUntouched(victim);
        assertThat(runtime.getVariable(own.getProcessInstanceId(), "surveyId")).isEqualTo(own.getId());

        // The manager's own, honest completion goes through and records his survey only.
        HttpResponse<String> honest = rest("POST", "/task/" + mitigation.getId() + "/complete", MANAGER,
                "{\"variables\": {\"mitigation\": {\"value\": \"ACCEPT\"},"
                + " \"acceptanceReason\": {\"value\": \"Unknown refinery confirmed as recycler by phone\"}}}");
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
        assertThat(reload(own).getOutcome()).isEqualTo(SurveyOutcome.VALID_WITH_MITIGATIONS);
        assertUntouched(victim);
    }

    @Test
    void nobodyButTheAdministratorWritesTaskVariablesOutsideACompletion() {
        SupplierSurvey own = launch(MANAGER);
        upload(own, TestWorkbooks.validWithUnknownSmelter());
        Task mitigation = openTask(own);

        assertThat(rest("PUT", "/task/" + mitigation.getId() + "/variables/mitigationNote", COLLEAGUE,
                "{\"value\": \"Overwritten by a colleague\"}").statusCode()).isEqualTo(403);
        assertThat(rest("PUT", "/task/" + mitigation.getId() + "/localVariables/mitigation", COLLEAGUE,
                "{\"value\": \"ACCEPT\"}").statusCode()).isEqualTo(403);
        // Not even the assignee writes task variables outside a completion: that takes UPDATE on the task.
        assertThat(rest("PUT", "/task/" + mitigation.getId() + "/localVariables/mitigationNote", MANAGER,
                "{\"value\": \"Draft: call the supplier on Monday\"}").statusCode()).isEqualTo(403);
        assertThat(tasks.getVariables(mitigation.getId())).doesNotContainKeys("mitigationNote", "mitigation");
        // What Camunda gave the task's candidates: reading and working it, not rewriting it.
        Authorization candidates = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(mitigation.getId()).groupIdIn(Role.COMMODITY_MANAGER.groupId()).singleResult();
        assertThat(candidates.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(candidates.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
    }

    @Test
    void aManagerNeitherSeesNorReadsAnExecutivesTask() {
        SupplierSurvey escalated = escalate(launch(MANAGER));
        Task decision = executiveTask(escalated);

        assertThat(rest("GET", "/task/" + decision.getId() + "/variables", MANAGER, null).statusCode()).isIn(403, 404);
        assertThat(rest("GET", "/task/" + decision.getId(), MANAGER, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/task?processInstanceBusinessKey=" + escalated.getBusinessKey(), MANAGER, null).body())
                .isEqualTo("[]");
        assertThat(rest("GET", "/task/" + decision.getId() + "/variables", EXECUTIVE, null).body()).contains("supplierHistory");
    }

    @Test
    void readOnlyRolesCannotCommentOnAnExecutivesTaskButTheExecutiveCan() {
        SupplierSurvey escalated = escalate(launch(MANAGER));
        Task decision = executiveTask(escalated);

        for (String reader : List.of(OFFICER, OWNER)) {
            HttpResponse<String> refused = rest("POST", "/task/" + decision.getId() + "/comment/create", reader,
                    "{\"message\": \"Forged remark by " + reader + "\"}");
            // The REST API answers every refusal of a comment with 400 "Not enough parameters submitted".
            assertThat(refused.statusCode()).as(reader + ": " + refused.body()).isIn(400, 403);
        }
        assertThat(tasks.getTaskComments(decision.getId())).isEmpty();
        HttpResponse<String> own = rest("POST", "/task/" + decision.getId() + "/comment/create", EXECUTIVE,
                "{\"message\": \"Asked the supplier's CEO for a call\"}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(tasks.getTaskComments(decision.getId())).singleElement()
                .satisfies(comment -> assertThat(comment.getUserId()).isEqualTo(EXECUTIVE));
    }

    @Test
    void aProcessOwnerWatchesButCannotModifyAnInstanceSetItsVariablesMoveItsJobsOrSuspendIt() {
        SupplierSurvey victim = launch(COLLEAGUE);
        String instance = victim.getProcessInstanceId();
        Job reminder = management.createJobQuery().processInstanceId(instance).timers().list().get(0);

        Map<String, String> attacks = Map.of(
                "POST /process-instance/" + instance + "/modification",
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Activity_RecordAccepted\","
                        + " \"variables\": {\"programStrength\": {\"value\": \"STRONG\", \"local\": false}}}]}",
                "PUT /process-instance/" + instance + "/variables/programStrength", "{\"value\": \"STRONG\"}",
                "POST /process-instance/" + instance + "/variables",
                "{\"modifications\": {\"programStrength\": {\"value\": \"STRONG\"}}}",
                "PUT /job/" + reminder.getId() + "/retries", "{\"retries\": 0}",
                "PUT /job/" + reminder.getId() + "/duedate", "{\"duedate\": \"2020-01-01T00:00:00.000+0000\"}",
                "PUT /process-instance/" + instance + "/suspended", "{\"suspended\": true}",
                "PUT /process-definition/key/supplier-survey/suspended", "{\"suspended\": true, \"includeProcessInstances\": true}");
        for (String person : List.of(OWNER, MANAGER, EXECUTIVE, OFFICER)) {
            attacks.forEach((request, body) -> {
                String[] methodAndPath = request.split(" ");
                HttpResponse<String> refused = rest(methodAndPath[0], methodAndPath[1], person, body);
                assertThat(refused.statusCode()).as(person + " " + request + ": " + refused.body()).isIn(403, 404);
                if (person.equals(OWNER)) {
                    assertThat(refused.statusCode()).as("the owner sees the instance, so is told no").isEqualTo(403);
                }
            });
        }

        // Starting a survey of one's own making at its last step, under the victim's business key.
        for (String person : List.of(OWNER, MANAGER, EXECUTIVE, OFFICER)) {
            HttpResponse<String> forgedStart = rest("POST", "/process-definition/key/supplier-survey/start", person,
                    "{\"businessKey\": \"" + victim.getBusinessKey() + "\", \"variables\": {"
                    + "\"surveyId\": {\"value\": " + victim.getId() + ", \"type\": \"Long\"},"
                    + " \"programStrength\": {\"value\": \"STRONG\"}},"
                    + " \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Activity_RecordAccepted\"}]}");
            assertThat(forgedStart.statusCode()).as(person + ": " + forgedStart.body()).isEqualTo(403);
        }
        // A reporting cycle (which owners may start) begun at its closing step, aimed at another cycle.
        ReportingCycle victimCycle = cycles.findById(((Number) runtime.getVariable(instance, "cycleId")).longValue())
                .orElseThrow();
        HttpResponse<String> forgedClose = rest("POST", "/process-definition/key/reporting-cycle/start", OWNER,
                "{\"businessKey\": \"" + victimCycle.label() + "\", \"variables\": {"
                + "\"cycleId\": {\"value\": " + victimCycle.getId() + ", \"type\": \"Long\"}},"
                + " \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Activity_CloseCycle\"}]}");
        assertThat(forgedClose.statusCode()).as(forgedClose.body()).isEqualTo(403);
        assertThat(forgedClose.body()).contains("starts at its start event");
        assertThat(cycles.findById(victimCycle.getId()).orElseThrow().isOpen()).isTrue();

        assertUntouched(victim);
        Job after = management.createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(reminder.getRetries());
        assertThat(after.getDuedate()).isEqualTo(reminder.getDuedate());
        // What process owners keep: reading instances and their history, and starting a reporting cycle.
        assertThat(rest("GET", "/process-instance/" + instance, OWNER, null).statusCode()).isEqualTo(200);
        assertThat(rest("GET", "/process-instance/" + instance, OFFICER, null).statusCode()).isEqualTo(200);
        assertThat(rest("GET", "/process-instance/" + instance, MANAGER, null).statusCode()).isEqualTo(404);
        assertThat(rest("GET", "/history/process-instance?processInstanceId=" + instance, OWNER, null).body())
                .contains(instance);
        HttpResponse<String> started = rest("POST", "/process-definition/key/reporting-cycle/submit-form", OWNER,
                "{\"variables\": {\"reportingYear\": {\"value\": " + freeYear() + "},"
                + " \"responseDeadline\": {\"value\": \"" + LocalDate.now().plusDays(60) + "\"},"
                + " \"reminderIntervalDays\": {\"value\": 7}, \"maxReminders\": {\"value\": 3},"
                + " \"maxInvalidAttempts\": {\"value\": 2}, \"escalationGraceDays\": {\"value\": 14},"
                + " \"minCmrtRevision\": {\"value\": \"6.31\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        for (String person : List.of(MANAGER, EXECUTIVE, OFFICER)) {
            assertThat(rest("POST", "/process-definition/key/reporting-cycle/submit-form", person, "{\"variables\": {}}")
                    .statusCode()).as(person).isEqualTo(403);
        }
        // The administrator keeps the repair tools.
        assertThat(rest("PUT", "/job/" + reminder.getId() + "/retries", ADMIN,
                "{\"retries\": " + reminder.getRetries() + "}").statusCode()).isEqualTo(204);
    }

    @Test
    void onlyProcessOwnersStartAProcessAndOnlyTheReportingCycleWithOnlyItsStartFormsFields() {
        String honestVariables = "\"reportingYear\": {\"value\": " + freeYear() + "},"
                + " \"responseDeadline\": {\"value\": \"" + LocalDate.now().plusDays(60) + "\"},"
                + " \"reminderIntervalDays\": {\"value\": 7}, \"maxReminders\": {\"value\": 3},"
                + " \"maxInvalidAttempts\": {\"value\": 2}, \"escalationGraceDays\": {\"value\": 14},"
                + " \"minCmrtRevision\": {\"value\": \"6.31\"}";
        // Tasklist offers a person the processes startable in Tasklist that they may start: the cycle, to owners.
        String startable = "/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true";
        assertThat(rest("GET", startable, OWNER, null).body()).contains("\"key\":\"reporting-cycle\"")
                .doesNotContain("supplier-survey", "executive-escalation", "\"key\":\"grievance\"");
        for (String person : List.of(MANAGER, EXECUTIVE, OFFICER)) {
            assertThat(rest("GET", startable, person, null).body()).as(person).isEqualTo("[]");
        }
        assertThat(rest("GET", "/process-definition?latestVersion=true&startableInTasklist=true", ADMIN, null).body())
                .contains("reporting-cycle").doesNotContain("supplier-survey", "executive-escalation", "\"key\":\"grievance\"");

        // A variable the start form does not declare: refused, naming it, and no cycle is begun.
        long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("reporting-cycle").count();
        for (String endpoint : List.of("start", "submit-form")) {
            HttpResponse<String> smuggled = rest("POST", "/process-definition/key/reporting-cycle/" + endpoint, OWNER,
                    "{\"variables\": {" + honestVariables + ", \"cycleId\": {\"value\": 1, \"type\": \"Long\"}}}");
            assertThat(smuggled.statusCode()).as(endpoint + ": " + smuggled.body()).isEqualTo(400);
            assertThat(smuggled.body()).contains("cycleId");
            HttpResponse<String> missing = rest("POST", "/process-definition/key/reporting-cycle/" + endpoint, OWNER,
                    "{\"variables\": {\"reportingYear\": {\"value\": 1999}}}");
            assertThat(missing.statusCode()).as(endpoint + ": " + missing.body()).isEqualTo(400);
            assertThat(missing.body()).contains("responseDeadline");
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reporting-cycle").count())
                .isEqualTo(instancesBefore);

        // The internal processes are started by the application only: not even the administrator starts one.
        for (String process : List.of("supplier-survey", "executive-escalation", "grievance")) {
            for (String person : List.of(OWNER, MANAGER, EXECUTIVE, OFFICER, ADMIN)) {
                for (String endpoint : List.of("start", "submit-form")) {
                    HttpResponse<String> refused = rest("POST", "/process-definition/key/" + process + "/" + endpoint,
                            person, "{\"variables\": {}}");
                    assertThat(refused.statusCode()).as(person + " " + process + " " + endpoint + ": " + refused.body())
                            .isEqualTo(403);
                }
            }
        }
        // Other roles may not start the cycle at all; the owner with exactly its fields may.
        for (String person : List.of(MANAGER, EXECUTIVE, OFFICER)) {
            assertThat(rest("POST", "/process-definition/key/reporting-cycle/start", person,
                    "{\"variables\": {" + honestVariables + "}}").statusCode()).as(person).isEqualTo(403);
        }
        HttpResponse<String> honest = rest("POST", "/process-definition/key/reporting-cycle/start", OWNER,
                "{\"variables\": {" + honestVariables + "}}");
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(200);
    }

    @Test
    void anExecutiveCannotRedirectAnEscalatedGrievanceToAnotherReporter() {
        Grievance victim = report("Child labour at the mine that supplies the Fictional Smelter.");
        Grievance escalated = report("Militia checkpoints on the road from the mine to the trader.");
        completeAs(OFFICER, Role.COMPLIANCE_OFFICER, escalated, Map.of("triageDecision", "INVESTIGATE"));
        completeAs(OFFICER, Role.COMPLIANCE_OFFICER, escalated, Map.of("outcome", "ESCALATED",
                "escalationSummary", "Credible report of militia checkpoints on a supplier's route.",
                "findings", "Reporter drives the route; photos on the grievance page."));
        Task decide = grievanceTask(escalated);
        assertThat(decide.getTaskDefinitionKey()).isEqualTo("Activity_DecideOnGrievance");

        HttpResponse<String> forged = rest("POST", "/task/" + decide.getId() + "/complete", EXECUTIVE,
                "{\"variables\": {\"executiveResponse\": {\"value\": \"ACKNOWLEDGED\"},"
                + " \"executiveInstructions\": {\"value\": \"Reply that all is well.\"},"
                + " \"grievanceId\": {\"value\": " + victim.getId() + ", \"type\": \"Long\"},"
                + " \"grievanceUrl\": {\"value\": \"https://attacker.example/\"}}}");
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(forged.body()).contains("'grievanceId' is not a field").contains("'grievanceUrl' is not a field");

        Grievance victimAfter = grievanceRecords.findById(victim.getId()).orElseThrow();
        assertThat(victimAfter.getStatus()).isEqualTo(victim.getStatus());
        assertThat(grievanceEntries.findByGrievanceIdOrderByCreatedAtAscIdAsc(victim.getId()))
                .noneSatisfy(entry -> assertThat(entry.getAuthor()).isEqualTo(EXECUTIVE));

        // As Tasklist sends a Camunda Form.
        HttpResponse<String> honest = rest("POST", "/task/" + decide.getId() + "/submit-form", EXECUTIVE,
                "{\"variables\": {\"executiveResponse\": {\"value\": \"ACTION_REQUIRED\"},"
                + " \"executiveInstructions\": {\"value\": \"Stop buying through that trader until checked.\"}}}");
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
        assertThat(grievanceEntries.findByGrievanceIdOrderByCreatedAtAscIdAsc(escalated.getId()))
                .anySatisfy(entry -> assertThat(entry.getAuthor()).isEqualTo(EXECUTIVE));
        assertThat(grievanceRecords.findById(victim.getId()).orElseThrow().getStatus()).isEqualTo(victim.getStatus());
    }

    // ---- the victim's record, as its page would show it

    private void assertUntouched(SupplierSurvey victim) {
        SupplierSurvey after = reload(victim);
        assertThat(after.getOutcome()).isNull();
        assertThat(after.getProgramStrength()).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(victim.getProcessInstanceId()).active().count())
                .isEqualTo(1);
        assertThat(runtime.createExecutionQuery().processInstanceId(victim.getProcessInstanceId())
                .activityId("Activity_WaitForCmrt").count()).isEqualTo(1);
        assertThat(runtime.getVariable(victim.getProcessInstanceId(), "programStrength")).isNull();
        WebSession page = new WebSession(port);
        page.logIn(OWNER, PASSWORD);
        assertThat(page.get(victim.pagePath()).body()).doesNotContain("Forged").doesNotContain("STRONG");
    }

    // ---- fixtures

    private void createUser(String id, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        user.setEmail(id + "@example.com");
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    private SupplierSurvey launch(String manager) {
        return transaction.execute(status -> {
            String code = "FG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Supplier supplier = new Supplier(code, "Forgery Target " + code, "Germany");
            supplier.setCommodityManager(manager);
            supplier.setSpend(BigDecimal.valueOf(50_000), "USD");
            supplier.replaceContacts(List.of(new ContactDetails("Ada Buyer", "ada@" + code.toLowerCase() + ".example", true)));
            suppliers.save(supplier);
            ReportingCycle cycle = cycles.save(new ReportingCycle(2026, LocalDate.now().plusDays(30), POLICY));
            SupplierSurvey survey = launcher.launch(cycle, supplier);
            return survey;
        });
    }

    private void upload(SupplierSurvey survey, byte[] workbook) {
        receiver.receive(surveys.findWithSupplierById(survey.getId()).orElseThrow(), "cmrt.xlsx", workbook);
        DueJobs.run(runtime, management, survey.getProcessInstanceId());
    }

    /** Two invalid workbooks, then the manager escalates (through the engine, as our own code drives it). */
    private SupplierSurvey escalate(SupplierSurvey survey) {
        upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        tasks.complete(openTask(survey).getId(), Map.of("resolution", "ESCALATE",
                "escalationReason", "Third invalid workbook in a row"));
        DueJobs.run(runtime, management, survey.getProcessInstanceId());
        return survey;
    }

    private Task openTask(SupplierSurvey survey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(survey.getBusinessKey())
                .taskCandidateGroup(Role.COMMODITY_MANAGER.groupId()).includeAssignedTasks().singleResult();
    }

    private Task executiveTask(SupplierSurvey survey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(survey.getBusinessKey())
                .taskCandidateGroup(Role.EXECUTIVE_CHAMPION.groupId()).singleResult();
    }

    private SupplierSurvey reload(SupplierSurvey survey) {
        return surveys.findWithSupplierById(survey.getId()).orElseThrow();
    }

    private int freeYear() {
        List<Integer> used = cycles.findAll().stream().map(ReportingCycle::getReportingYear).toList();
        for (int year = 2100; year > 2013; year--) {
            if (!used.contains(year)) {
                return year;
            }
        }
        throw new IllegalStateException("no reporting year left for a test cycle");
    }

    private Grievance report(String text) {
        Grievances.Receipt receipt = grievances.submit(new GrievanceReport(GrievanceCategory.HUMAN_RIGHTS,
                "Fictional Smelter", text, null));
        return grievanceRecords.findByFollowUpHash(SecretTokens.hash(receipt.followUpToken())).orElseThrow();
    }

    private void completeAs(String user, Role role, Grievance grievance, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(role.groupId()));
        try {
            tasks.complete(grievanceTask(grievance).getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Task grievanceTask(Grievance grievance) {
        return tasks.createTaskQuery().processInstanceId(grievance.getProcessInstanceId()).singleResult();
    }

    private HttpResponse<String> rest(String method, String path, String user, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/engine-rest" + path))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                .method(method, body).build());
    }
}
