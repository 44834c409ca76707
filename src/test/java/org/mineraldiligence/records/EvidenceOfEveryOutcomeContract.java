package org.mineraldiligence.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.portal.PortalLinks;
import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SurveyOutcome;
import org.mineraldiligence.survey.SurveyScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle whose surveys end (or stand) in every way a survey can, driven through the real process, and
 * each survey's evidence package and the cycle's opened entry by entry as an auditor would. Run on H2 and
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class EvidenceOfEveryOutcomeContract {

    /** Remind weekly at most once; two invalid workbooks before a commodity manager decides. */
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 1, 2, 14, "6.31");

    @LocalServerPort
    int port;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    PortalLinks portalLinks;
    @Autowired
    JdbcTemplate jdbc;

    ReportingCycle cycle;
    SupplierSurvey lowRisk, unlistedSmelter, newDeadline, outOfScope, invalidSuspended, correctiveContinued, noContact;
    String newDate;

    /** Once for the class, but inside a test: the engine's coverage recording needs a running test. */
    @BeforeEach
    void surveysOfEveryOutcome() {
        if (cycle != null) {
            return;
        }
        people();
        cycle = cycles.save(new ReportingCycle(2026, SurveyScenario.today().plusDays(30), POLICY));
        lowRisk = launch();
        unlistedSmelter = launch();
        newDeadline = launch();
        outOfScope = launch();
        invalidSuspended = launch();
        correctiveContinued = launch();
        noContact = scenario.launchIn(cycle, code -> List.of());

        scenario.upload(lowRisk, TestWorkbooks.validLowRisk());
        scenario.upload(unlistedSmelter, TestWorkbooks.validWithUnknownSmelter());
        complete(unlistedSmelter, scenario.task(unlistedSmelter), "carlos", Map.of("mitigation", "ACCEPT",
                "acceptanceReason", "The unlisted refinery is a recycler, confirmed by phone"));
        scenario.upload(invalidSuspended, TestWorkbooks.invalidWithoutCompanyName());
        scenario.upload(invalidSuspended, TestWorkbooks.invalidWithoutCompanyName());
        complete(invalidSuspended, scenario.task(invalidSuspended), "carlos", Map.of("resolution", "ESCALATE",
                "escalationReason", "Third invalid workbook in a row"));
        complete(invalidSuspended, scenario.executiveTask(invalidSuspended), "erin", Map.of("executiveDecision",
                "SUSPEND", "rationale", "Refuses to use the template after three requests"));
        scenario.upload(correctiveContinued, TestWorkbooks.validWithUnknownSmelter());
        complete(correctiveContinued, scenario.task(correctiveContinued), "carlos", Map.of("mitigation",
                "REMOVE_SMELTER", "correctiveActionDays", 14L, "mitigationNote", "Remove the unknown refinery or name it"));

        scenario.passDays(newDeadline, 31);
        newDate = SurveyScenario.today().plusDays(10).toString();
        complete(newDeadline, scenario.task(newDeadline), "carlos", Map.of("contactOutcome", "WILL_RESPOND",
                "responseDeadline", newDate, "contactNote", "Called Ada: the CMRT is with their legal team"));
        scenario.runDueJobs(outOfScope);
        complete(outOfScope, scenario.task(outOfScope), "carlos", Map.of("contactOutcome", "OUT_OF_SCOPE",
                "outOfScopeReason", "Sells us only packaging without 3TG"));
        scenario.runDueJobs(correctiveContinued);
        complete(correctiveContinued, scenario.executiveTask(correctiveContinued), "erin", Map.of("executiveDecision",
                "CONTINUE", "rationale", "Supplier named a new smelter audit plan",
                "reviewDate", SurveyScenario.today().plusDays(20).toString()));
    }

    /** The demo people, also where there are no demo data (PostgreSQL). */
    private void people() {
        TestPeople.ensure(identity, TestPeople.DEMO);
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSurveysReachedTheOutcomesThisTestIsAbout() {
        assertThat(scenario.reload(lowRisk).getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
        assertThat(scenario.reload(unlistedSmelter).getOutcome()).isEqualTo(SurveyOutcome.VALID_WITH_MITIGATIONS);
        assertThat(scenario.reload(outOfScope).getOutcome()).isEqualTo(SurveyOutcome.OUT_OF_SCOPE);
        assertThat(scenario.reload(invalidSuspended).getOutcome()).isEqualTo(SurveyOutcome.SUSPENDED);
        assertThat(scenario.reload(newDeadline).getOutcome()).isNull();
        assertThat(scenario.reload(correctiveContinued).getOutcome()).isNull();
        assertThat(scenario.reload(noContact).getOutcome()).isNull();
    }

    @Test
    void anAgreedDeadlineIsTheOneTheSupplierSeesOnThePortalAndGetsByMail() {
        String shown = java.time.LocalDate.parse(newDate).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.ENGLISH));
        var mail = scenario.mailsTo(newDeadline, "new-deadline");
        assertThat(mail).singleElement().satisfies(message -> {
            assertThat(message.getRecipients()).containsExactly(newDeadline.getSupplier().primaryContact().orElseThrow().getEmail());
            assertThat(message.getSubject()).contains(shown);
            assertThat(message.getTextBody()).contains("Deadline: " + shown).contains("/portal/");
        });
        String link = portalLinks.mint(scenario.reload(newDeadline));
        HttpResponse<String> portal = new WebSession(port).get(link.substring(link.indexOf("/portal/")));
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains(shown);
        assertThat(scenario.reload(newDeadline).getDeadline()).isEqualTo(java.time.LocalDate.parse(newDate));
    }

    @Test
    void everyRoleSeesTheDecisionsOnTheSurveyPageInOrder() {
        for (String user : List.of("olivia", "carlos", "erin", "cora")) {
            WebSession session = new WebSession(port);
            session.logIn(user, "demo");
            String page = session.get("/surveys/" + invalidSuspended.getId()).body();
            assertThat(page).as(user).contains("Resolve invalid CMRT").contains("Decide on escalated supplier")
                    .contains("Refuses to use the template after three requests");
            assertThat(page.indexOf("ESCALATE")).as(user).isLessThan(page.indexOf("SUSPEND"));
            assertThat(session.get("/surveys/" + newDeadline.getId()).body()).as(user).contains("WILL_RESPOND")
                    .contains("Called Ada: the CMRT is with their legal team");
        }
    }

    @Test
    void theExecutivesSeeTheEarlierDecisionsWithTheirReasons() {
        String escalation = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(correctiveContinued.getProcessInstanceId()).singleResult().getId();
        String account = (String) history.createHistoricVariableInstanceQuery().processInstanceId(escalation)
                .variableName("supplierHistory").singleResult().getValue();
        assertThat(account).contains("**Decisions so far:**").contains("carlos")
                .contains("Agree risk mitigation").contains("Ask the supplier to remove or identify the smelters listed above")
                .contains("Remove the unknown refinery or name it").contains("Days the supplier has to act: 14");
    }

    @Test
    void everySurveysPackageHoldsEveryPartOfItsRecord() throws IOException {
        for (SupplierSurvey survey : all()) {
            Map<String, byte[]> zip = download("/surveys/" + survey.getId() + "/evidence.zip", "cora");
            Set<String> expected = new HashSet<>(Set.of("README.txt"));
            expected.addAll(partsOf(survey));
            assertThat(zip.keySet()).as(survey.getBusinessKey()).containsExactlyInAnyOrderElementsOf(expected);
            assertSurveyFolder(zip, survey);
        }
    }

    @Test
    void theCyclesPackageHoldsEverySurveyCompletely() throws IOException {
        Map<String, byte[]> zip = download("/cycles/" + cycle.getId() + "/evidence.zip", "olivia");
        Set<String> expected = new HashSet<>(Set.of("README.txt", "surveys.csv"));
        all().forEach(survey -> expected.addAll(partsOf(survey)));
        assertThat(zip.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(text(zip, "surveys.csv").split("\r\n")).hasSize(1 + all().size());
        for (SupplierSurvey survey : all()) {
            assertSurveyFolder(zip, survey);
        }
    }

    @Test
    void aPartThatCannotBeWrittenFailsTheDownloadAndTheLogNamesTheSurvey(CapturedOutput log) throws IOException {
        ReportingCycle broken = cycles.save(new ReportingCycle(2026, SurveyScenario.today().plusDays(30), POLICY));
        SupplierSurvey survey = scenario.launchIn(broken,
                code -> List.of(new ContactDetails("Ada Buyer", "ada@" + code.toLowerCase() + ".example", true)));
        scenario.upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        jdbc.update("UPDATE cmrt_submission SET check_json = '{cut off' WHERE survey_id = ?", survey.getId());

        for (String path : List.of("/surveys/" + survey.getId() + "/evidence.zip", "/cycles/" + broken.getId() + "/evidence.zip")) {
            WebSession cora = new WebSession(port);
            cora.logIn("cora", "demo");
            HttpResponse<byte[]> response = cora.getBytes(path);
            assertThat(response.statusCode()).as(path).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("could not be written completely");
        }
        assertThat(log.getOut()).contains("Evidence package for supplier survey " + survey.getId() + " could not be written")
                .contains("survey " + survey.getId() + " (" + survey.getBusinessKey() + ")")
                .contains("stored check result is not JSON");
    }

    private void assertSurveyFolder(Map<String, byte[]> zip, SupplierSurvey survey) {
        String folder = folder(survey);
        String decisions = text(zip, folder + "decisions.csv");
        String tasks = text(zip, folder + "tasks.csv");
        if (survey == unlistedSmelter) {
            assertThat(text(zip, onlyEntry(zip, folder + "smelters/"))).contains("Totally Unknown Refinery of Nowhere");
            assertThat(decisions).contains("Agree risk mitigation").contains("carlos").contains("ACCEPT")
                    .contains("The unlisted refinery is a recycler, confirmed by phone");
            assertThat(tasks).contains("Agree risk mitigation").contains("ACCEPT");
        } else if (survey == newDeadline) {
            assertThat(decisions).contains("Contact unresponsive supplier").contains("WILL_RESPOND").contains(newDate)
                    .contains("Called Ada: the CMRT is with their legal team");
        } else if (survey == outOfScope) {
            assertThat(decisions).contains("OUT_OF_SCOPE").contains("Sells us only packaging without 3TG");
            assertThat(text(zip, folder + "survey.txt")).contains("Outcome: OUT_OF_SCOPE");
        } else if (survey == invalidSuspended) {
            assertThat(decisions).contains("Resolve invalid CMRT").contains("ESCALATE")
                    .contains("Decide on escalated supplier").contains("erin").contains("SUSPEND");
            assertThat(text(zip, folder + "executive-decisions.csv")).contains("SUSPEND")
                    .contains("Refuses to use the template after three requests");
            assertThat(zip.keySet().stream().filter(name -> name.startsWith(folder + "findings/"))).hasSize(2);
        } else if (survey == correctiveContinued) {
            assertThat(text(zip, folder + "corrective-actions.csv")).contains("REMOVE_SMELTER")
                    .contains("Remove the unknown refinery or name it");
            assertThat(text(zip, folder + "executive-decisions.csv")).contains("CONTINUE")
                    .contains(SurveyScenario.today().plusDays(20).toString());
            assertThat(decisions).contains("REMOVE_SMELTER").contains("Days the supplier has to act: 14");
        } else if (survey == noContact) {
            assertThat(text(zip, folder + "messages.csv").split("\r\n")).hasSize(1);
            assertThat(tasks).contains("Add a contact for").contains("open");
        } else {
            assertThat(text(zip, folder + "survey.txt")).contains("Outcome: VALID_LOW_RISK");
        }
    }

    /** The entries a survey's folder must have, from what the database holds for it. */
    private List<String> partsOf(SupplierSurvey survey) {
        String folder = folder(survey);
        List<String> parts = new java.util.ArrayList<>(List.of("survey.txt", "submissions.csv", "messages.csv",
                "decisions.csv", "corrective-actions.csv", "executive-decisions.csv", "tasks.csv").stream()
                .map(name -> folder + name).toList());
        jdbc.queryForList("SELECT id, original_name FROM cmrt_submission WHERE survey_id = ?", survey.getId())
                .forEach(row -> {
                    parts.add(folder + "workbooks/" + row.get("id") + "-" + row.get("original_name"));
                    parts.add(folder + "findings/" + row.get("id") + "-findings.csv");
                    parts.add(folder + "smelters/" + row.get("id") + "-smelters.csv");
                });
        jdbc.queryForList("SELECT id, template_name FROM outbound_message WHERE supplier_id = ? AND cycle_id = ?",
                survey.getSupplier().getId(), survey.getCycle().getId())
                .forEach(row -> parts.add(folder + "messages/" + row.get("id") + "-" + row.get("template_name") + ".eml"));
        return parts;
    }

    private List<SupplierSurvey> all() {
        return List.of(lowRisk, unlistedSmelter, newDeadline, outOfScope, invalidSuspended, correctiveContinued, noContact);
    }

    private SupplierSurvey launch() {
        SupplierSurvey survey = scenario.launchIn(cycle,
                code -> List.of(new ContactDetails("Ada Buyer", "ada@" + code.toLowerCase() + ".example", true)));
        scenario.runDueJobs(survey);
        return survey;
    }

    private void complete(SupplierSurvey survey, Task task, String user, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(user.equals("erin") ? "executive-champions" : "commodity-managers"));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        scenario.runDueJobs(survey);
    }

    private static String folder(SupplierSurvey survey) {
        return survey.getBusinessKey().replace('/', '_') + "/";
    }

    private static String onlyEntry(Map<String, byte[]> zip, String prefix) {
        return zip.keySet().stream().filter(name -> name.startsWith(prefix)).reduce((a, b) -> {
            throw new AssertionError("more than one entry under " + prefix);
        }).orElseThrow();
    }

    private Map<String, byte[]> download(String path, String user) throws IOException {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        HttpResponse<byte[]> response = session.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(response.headers().firstValueAsLong("Content-Length").orElse(-1)).isEqualTo(response.body().length);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zip.transferTo(content);
                assertThat(entries.put(entry.getName(), content.toByteArray())).as("entry " + entry.getName()).isNull();
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> zip, String name) {
        assertThat(zip).containsKey(name);
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }
}
