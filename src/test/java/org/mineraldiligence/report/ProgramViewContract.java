package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cmrt.TestWorkbooks.Smelter;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.smelter.importer.ReferenceFiles;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.smelter.list.TestLists;
import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SurveyScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The executive champions' program view of a cycle driven through the real survey process: five suppliers
 * surveyed, one declaring a non-conformant (HIGH risk) and an active refinery, one sending an invalid CMRT, one
 * silent and escalated, one silent, escalated and disengaged, one fine. Read over real HTTP per role: the
 * figures, the smelters with who declared them, the suppliers to follow and the decision, as a person reads
 * them. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProgramViewContract {

    /** Remind weekly, at most twice, as the supplier desk's test does. */
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 2, 2, 14, "6.31");
    /** Other tests make cycles of many years; every test but the default one asks for this cycle by id. */
    static final int YEAR = 2097;
    static final String HOSTILE_REFINERY = "Ituri <script>alert('refinery')</script> Gold";
    static final String HOSTILE_DECLARED_NAME = "<img src=x onerror=alert(1)> our gold source";
    static final String RATIONALE = "No CMRT after two reminders & three <b>calls</b>";

    @LocalServerPort
    int port;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    ReferenceLists lists;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    TransactionTemplate transaction;

    ReportingCycle cycle;
    String nonConformant;
    String active;
    SupplierSurvey declaresRisks;
    SupplierSurvey invalid;
    SupplierSurvey escalated;
    SupplierSurvey disengaged;
    SupplierSurvey fine;

    @BeforeEach
    void aCycleWithEveryKindOfConcern() {
        if (cycle != null) {
            return;
        }
        TestPeople.ensure(identity, TestPeople.DEMO);
        String conformant = TestLists.newCid();
        nonConformant = TestLists.newCid();
        active = TestLists.newCid();
        long listId = lists.store(new ReferenceFiles().importContent("program.csv", TestLists.csv(TestLists.HEADER,
                "Gold,Northwind Precious Metals Refinery,Germany," + conformant + ",Conformant,2010-05-01,Annual,",
                "Gold,\"" + HOSTILE_REFINERY + "\",Germany," + nonConformant + ",Non Conformant,,,",
                "Gold,Eastbay Gold Works,Germany," + active + ",Active,,,",
                "Tin,Alpha,United States of America,CID000292,Conformant,,,",
                "Tantalum,\"Changsha South Tantalum Niobium Co., Ltd.\",China,CID000211,Conformant,,,",
                "Tungsten,A.L.M.T. TUNGSTEN Corp.,Japan,CID000004,Conformant,,,"), LocalDate.of(2010, 6, 30))
                .orElseThrow(), "test").getId();
        cycle = transaction.execute(status -> cycles.save(new ReportingCycle(YEAR, SurveyScenario.today().plusDays(30), POLICY)));
        lists.pin(cycle.getId(), listId);

        declaresRisks = launch("Risky <i>Refining</i> Partners");
        invalid = launch("Invalid & Sons <u>GmbH</u>");
        escalated = launch("Silent <b>Supplies</b>");
        disengaged = launch("Gone <b>Quiet</b> Ltd");
        fine = launch("Fine Components");

        Smelter tin = new Smelter("Tin", "Alpha", "United States of America", "CID000292");
        Smelter tantalum = new Smelter("Tantalum", "Changsha South Tantalum Niobium Co., Ltd.", "China", "CID000211");
        Smelter tungsten = new Smelter("Tungsten", "A.L.M.T. TUNGSTEN Corp.", "Japan", "CID000004");
        Smelter gold = new Smelter("Gold", "Northwind Precious Metals Refinery", "Germany", conformant);
        scenario.upload(declaresRisks, TestWorkbooks.valid(gold,
                new Smelter("Gold", HOSTILE_DECLARED_NAME, "Germany", nonConformant),
                new Smelter("Gold", "Eastbay Gold Works", "Germany", active), tin, tantalum, tungsten));
        scenario.upload(invalid, TestWorkbooks.invalidWithoutCompanyName());
        scenario.upload(fine, TestWorkbooks.valid(gold, tin, tantalum, tungsten));

        // Both silent suppliers are reminded twice and then come to their commodity manager, a day at a time.
        for (int days : new int[] {7, 7, 17}) {
            scenario.passDays(escalated, days);
            scenario.runDueJobs(disengaged);
        }
        for (SupplierSurvey silent : List.of(escalated, disengaged)) {
            complete(silent, scenario.task(silent), "carlos", Map.of("contactOutcome", "ESCALATE",
                    "escalationReason", "Two reminders and three calls unanswered"));
        }
        complete(disengaged, scenario.executiveTask(disengaged), "erin", Map.of("executiveDecision", "DISENGAGE",
                "rationale", RATIONALE, "notifySupplier", false));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    String program() {
        return "/program?cycle=" + cycle.getId();
    }

    private int newestYear() {
        return cycles.findAllByOrderByReportingYearDescIdDesc().get(0).getReportingYear();
    }

    @Test
    void executivesProcessOwnersAndComplianceReadTheNewestCycleByDefault() {
        for (String user : List.of("erin", "olivia", "cora")) {
            HttpResponse<String> page = session(user).get("/program");
            assertThat(page.statusCode()).as(user).isEqualTo(200);
            assertThat(text(page.body())).as(user).contains("Program status RY" + newestYear());
        }
    }

    @Test
    void commodityManagersAreRefusedAndStrangersAreSentToLogIn() {
        assertThat(session("carlos").get("/program").statusCode()).isEqualTo(403);
        assertThat(session("carlos").get("/program?cycle=" + cycle.getId()).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = new WebSession(port).get("/program");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void theCyclesFiguresAreTheDashboards() {
        String shown = text(session("erin").get(program()).body());
        assertThat(shown).contains("5 suppliers in scope")
                .contains("60% responded 3 suppliers;")
                .contains("2 valid 1 invalid, 2 awaiting")
                .contains("6 smelters identified 67% conformant, 83% conformant or active")
                .contains("1 supplier(s) awaiting the executive champions' decision").contains("1 open task(s) in Tasklist")
                .contains("1 decision(s) taken this cycle.");
        String dashboard = text(session("olivia").get("/cycles/" + cycle.getId() + "/dashboard").body());
        assertThat(dashboard).contains("5 suppliers in scope").contains("2 valid 1 invalid, 2 awaiting")
                .contains("6 smelters identified 67% conformant, 83% conformant or active");
    }

    @Test
    void theSmeltersToPlanForComeWithTheSuppliersThatDeclaredThem() {
        String html = session("erin").get(program()).body();
        String smelters = section(html, "smelters");
        assertThat(text(smelters)).contains("Smelters not conformant or high risk (2)").contains("1 of them HIGH risk.")
                .contains("Gold " + HOSTILE_REFINERY + " Germany " + nonConformant + " Non Conformant HIGH Failed its audit")
                .contains("Gold Eastbay Gold Works Germany " + active + " Active")
                .contains("Risky <i>Refining</i> Partners " + code(declaresRisks) + " as " + HOSTILE_DECLARED_NAME)
                .doesNotContain("Northwind").doesNotContain("Alpha").doesNotContain(code(fine));
        assertThat(smelters.indexOf(nonConformant)).as("HIGH risk first").isLessThan(smelters.indexOf(active));
        assertThat(smelters).contains("href=\"/suppliers/" + code(declaresRisks) + "\"")
                .doesNotContain("href=\"/smelters/").as("executives cannot open smelter pages");
        assertThat(section(session("cora").get(program()).body(), "smelters"))
                .contains("href=\"/smelters/" + nonConformant + "\"");
        assertEscaped(html);
    }

    @Test
    void theSuppliersEscalatedOrWithoutAValidCmrtLinkToTheirPages() {
        String html = session("erin").get(program()).body();
        String suppliers = section(html, "suppliers");
        String shown = text(suppliers);
        assertThat(shown).contains("Suppliers escalated or without a valid CMRT (3)")
                .contains("Silent <b>Supplies</b> " + code(escalated) + " awaiting awaiting the executives' decision in progress carlos")
                .contains("Gone <b>Quiet</b> Ltd " + code(disengaged) + " awaiting Disengage from the supplier Disengaged by the executive champions carlos")
                .contains("Invalid & Sons <u>GmbH</u> " + code(invalid) + " invalid — in progress carlos")
                .doesNotContain(code(declaresRisks)).doesNotContain(code(fine));
        assertThat(shown.indexOf(code(escalated))).as("awaiting a decision first").isLessThan(shown.indexOf(code(disengaged)));
        assertThat(shown.indexOf(code(disengaged))).isLessThan(shown.indexOf(code(invalid)));
        for (SupplierSurvey survey : List.of(escalated, disengaged, invalid)) {
            assertThat(suppliers).contains("href=\"/suppliers/" + code(survey) + "\"");
            assertThat(session("erin").get("/suppliers/" + code(survey)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theDecisionsTakenSayWhoDecidedWhatAndWhy() {
        String decisions = text(section(session("erin").get(program()).body(), "decisions"));
        assertThat(decisions).contains("Executive decisions taken (1)")
                .contains("Gone <b>Quiet</b> Ltd Disengage from the supplier " + RATIONALE + " — erin");
    }

    @Test
    void anotherCycleIsShownWhenAskedForAndAnUnknownOneIsNotFound() {
        ReportingCycle earlier = transaction.execute(status -> cycles.save(
                new ReportingCycle(YEAR - 1, SurveyScenario.today().plusDays(30), POLICY)));
        String shown = text(session("erin").get("/program?cycle=" + earlier.getId()).body());
        assertThat(shown).contains("Program status RY" + (YEAR - 1)).contains("0 suppliers in scope")
                .contains("Smelters not conformant or high risk (0)").contains("Executive decisions taken (0)")
                .doesNotContain(code(escalated));
        assertThat(text(session("erin").get("/program").body())).as("still the newest by default")
                .contains("Program status RY" + newestYear());
        assertThat(session("erin").get("/program?cycle=987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void theMenuLinksTheProgramForExecutivesOnly() {
        assertThat(session("erin").get("/").body()).contains("href=\"/program\"");
        assertThat(session("carlos").get("/").body()).doesNotContain("href=\"/program\"");
    }

    /** Nothing a supplier or a list typed reaches the page as markup. */
    static void assertEscaped(String html) {
        assertThat(html).contains("Ituri &lt;script&gt;alert(&#39;refinery&#39;)&lt;/script&gt; Gold")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("Risky &lt;i&gt;Refining&lt;/i&gt; Partners")
                .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<i>Refining")
                .doesNotContain("<b>Quiet").doesNotContain("<b>calls");
    }

    SupplierSurvey launch(String name) {
        return scenario.launchIn(cycle, name, code -> List.of(
                new ContactDetails("Ada Buyer", "ada@" + code.toLowerCase() + ".example", true)));
    }

    static String code(SupplierSurvey survey) {
        return survey.getSupplier().getCode();
    }

    WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
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

    /** The card with the id, as HTML. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        int end = html.indexOf("<div class=\"card\"", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** What a person reads: tags dropped, entities decoded, white space collapsed. */
    static String text(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("(?s)<head>.*?</head>", "")
                .replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
    }
}
