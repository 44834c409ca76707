package org.mineraldiligence.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.audit.AuditEntry;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.RenderedPage;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyTemplate;
import org.mineraldiligence.survey.SurveyTemplateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A campaign that asks each supplier for what it supplies, through real HTTP and the engine, on H2 and on
 * PostgreSQL: the process owner starts a cycle collecting the CMRT and the EMRT (cobalt, mica) through
 * /engine-rest, maps Batteries to the EMRT (cobalt) on the mapping page, chooses the CMRT alone for one battery
 * supplier on the scope page, confirms the scope; the launched surveys ask what the rules say. Forged values
 * at each step are refused with a message, and only process owners get the pages' forms through.
 */
abstract class CampaignTemplatesContract {

    static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    CycleScenario scenario;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    SurveyTemplateRepository templates;
    @Autowired
    AuditTrail audit;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void people() {
        TestPeople.ensure(identity, TestPeople.DEMO);
    }

    @Test
    void eachSupplierIsAskedForWhatItsChoiceItsCommodityOrTheCycleSays() {
        int year = formYear();
        WebSession rest = new WebSession(port);
        HttpResponse<String> started = rest.postWithBasic("/engine-rest/process-definition/key/reporting-cycle/submit-form",
                "olivia", PASSWORD, startForm(year, "\"CMRT_AND_EMRT\"", Map.of("emrtCobalt", "true", "emrtMica", "true")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("RY" + year).singleResult();
        scenario.runJobs(instance);
        ReportingCycle cycle = scenario.cycleOf(instance);
        assertThat(cycle.collects()).isEqualTo(RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));

        WebSession owner = session("olivia");
        HttpResponse<String> mapped = owner.postForm("/commodity-templates",
                "commodity=Batteries&template=COBALT&_csrf=" + csrf(owner, "/commodity-templates"));
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(302);
        // Tantalum wire asks for lithium, which this cycle does not collect.
        owner.postForm("/commodity-templates", "commodity=" + encode("Tantalum wire") + "&template=LITHIUM&_csrf="
                + csrf(owner, "/commodity-templates"));
        String mappingPage = page(owner, "/commodity-templates").text();
        assertThat(mappingPage).contains("Batteries", "EMRT (cobalt)", "olivia",
                "else everything the cycle collects", "Tantalum wire", "EMRT (lithium)");
        List<AuditEntry> history = audit.historyOf("commodity-templates", "batteries");
        assertThat(history.get(history.size() - 1).getAction()).isEqualTo("COMMODITY_TEMPLATES_SET");
        assertThat(history.get(history.size() - 1).getActor()).isEqualTo("olivia");
        assertThat(history.get(history.size() - 1).getAfter()).contains("EMRT:COBALT");

        Supplier battery = supplier("Batteries");
        Supplier chosenBattery = supplier("batteries ");
        Supplier connector = supplier("Connectors");
        Supplier wire = supplier("Tantalum wire");
        scenario.narrowScopeTo(cycle, List.of(battery, chosenBattery, connector, wire));

        String scopePath = "/cycles/" + cycle.getId() + "/scope";
        HttpResponse<String> chosen = owner.postForm(scopePath + "/templates", "supplierId=" + chosenBattery.getId()
                + "&template=CMRT&_csrf=" + csrf(owner, scopePath));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
        HttpResponse<String> beyondTheCycle = owner.postForm(scopePath + "/templates", "supplierId=" + battery.getId()
                + "&template=COPPER&_csrf=" + csrf(owner, scopePath));
        assertThat(new RenderedPage(beyondTheCycle.statusCode(), beyondTheCycle.body()).text())
                .contains("This cycle collects CMRT and EMRT (cobalt, mica); EMRT (copper) asks for more.");
        HttpResponse<String> forged = owner.postForm(scopePath + "/templates", "supplierId=" + battery.getId()
                + "&template=" + encode("<b>GOLD</b>") + "&_csrf=" + csrf(owner, scopePath));
        assertThat(forged.body()).contains("&quot;&lt;b&gt;GOLD&lt;/b&gt;&quot; is neither the CMRT nor an EMRT mineral")
                .doesNotContain("<b>GOLD</b>");
        WebSession manager = session("carlos");
        assertThat(manager.postForm(scopePath + "/templates", "supplierId=" + battery.getId() + "&template=CMRT&_csrf="
                + csrf(manager, "/")).statusCode()).isEqualTo(403);

        String scopePage = page(owner, scopePath + "?q=" + encode(battery.getCode())).text();
        assertThat(scopePage).contains("This cycle collects CMRT and EMRT (cobalt, mica)",
                "EMRT (cobalt) (mapping for Batteries)");
        assertThat(page(owner, scopePath + "?q=" + encode(chosenBattery.getCode())).text())
                .contains("CMRT (chosen on the scope page, by olivia)");
        assertThat(page(owner, scopePath + "?q=" + encode(connector.getCode())).text())
                .contains("CMRT and EMRT (cobalt, mica) (no mapping for Connectors: what the cycle collects)");
        assertThat(page(owner, scopePath + "?q=" + encode(wire.getCode())).text())
                .contains("CMRT and EMRT (cobalt, mica) (mapping for Tantalum wire (EMRT (lithium)) asks nothing this "
                        + "cycle collects: what the cycle collects)");
        assertThat(page(session("cora"), scopePath + "?q=" + encode(battery.getCode())).text())
                .contains("EMRT (cobalt) (mapping for Batteries)").doesNotContain("Ask these");

        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        scenario.runJobs(instance);
        HttpResponse<String> afterFreezing = owner.postForm(scopePath + "/templates", "supplierId=" + battery.getId()
                + "&template=CMRT&_csrf=" + csrf(owner, scopePath));
        assertThat(new RenderedPage(afterFreezing.statusCode(), afterFreezing.body()).text())
                .contains("The scope of RY" + year + " is confirmed and its surveys are launched: it can no longer change.");

        Map<Long, SupplierSurvey> bySupplier = surveys.findByCycleIdOrderByIdAsc(cycle.getId()).stream()
                .collect(Collectors.toMap(survey -> survey.getSupplier().getId(), Function.identity()));
        assertThat(bySupplier).hasSize(4);
        assertThat(asked(bySupplier.get(battery.getId()))).isEqualTo(Map.of("EMRT", "COBALT"));
        assertThat(asked(bySupplier.get(chosenBattery.getId()))).isEqualTo(Map.of("CMRT", ""));
        assertThat(asked(bySupplier.get(connector.getId()))).isEqualTo(Map.of("CMRT", "", "EMRT", "COBALT+MICA"));
        assertThat(asked(bySupplier.get(wire.getId()))).isEqualTo(Map.of("CMRT", "", "EMRT", "COBALT+MICA"));
    }

    @Test
    void aForgedCollectionIsRefusedAtTheStartAndNoCycleBegins() {
        int year = formYear();
        WebSession rest = new WebSession(port);
        Map<String, String> noMinerals = Map.of();
        for (String endpoint : List.of("start", "submit-form")) {
            String path = "/engine-rest/process-definition/key/reporting-cycle/" + endpoint;
            HttpResponse<String> unknown = rest.postWithBasic(path, "olivia", PASSWORD,
                    startForm(year, "\"AMRT\"", noMinerals));
            assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
            assertThat(unknown.body()).contains("'collects' (Templates the cycle collects) must be one of CMRT, EMRT, CMRT_AND_EMRT");
            HttpResponse<String> notABox = rest.postWithBasic(path, "olivia", PASSWORD,
                    startForm(year, "\"EMRT\"", Map.of("emrtCobalt", "\"yes\"")));
            assertThat(notABox.statusCode()).as(notABox.body()).isEqualTo(400);
            assertThat(notABox.body()).contains("'emrtCobalt' (Cobalt) must be true or false");
            HttpResponse<String> gold = rest.postWithBasic(path, "olivia", PASSWORD,
                    startForm(year, "\"EMRT\"", Map.of("emrtGold", "true")));
            assertThat(gold.statusCode()).as(gold.body()).isEqualTo(400);
            assertThat(gold.body()).contains("'emrtGold' is not a field of the form reporting-cycle-start");
            HttpResponse<String> emrtWithout = rest.postWithBasic(path, "olivia", PASSWORD,
                    startForm(year, "\"EMRT\"", noMinerals));
            assertThat(emrtWithout.statusCode()).as(emrtWithout.body()).isEqualTo(400);
            assertThat(emrtWithout.body()).contains("A cycle that collects the EMRT needs at least one mineral");
            HttpResponse<String> cmrtWithMinerals = rest.postWithBasic(path, "olivia", PASSWORD,
                    startForm(year, "\"CMRT\"", Map.of("emrtMica", "true")));
            assertThat(cmrtWithMinerals.statusCode()).as(cmrtWithMinerals.body()).isEqualTo(400);
            assertThat(cmrtWithMinerals.body()).contains("EMRT minerals are chosen only for a cycle that collects the EMRT");
        }
        assertThat(cycles.existsByReportingYear(year)).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("RY" + year).count()).isZero();
    }

    @Test
    void aCycleStartedWithoutAChoiceCollectsTheCmrtAsBefore() {
        int year = formYear();
        HttpResponse<String> started = new WebSession(port).postWithBasic(
                "/engine-rest/process-definition/key/reporting-cycle/start", "olivia", PASSWORD, startForm(year, null, Map.of()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(cycles.findAll().stream().filter(cycle -> cycle.getReportingYear() == year).findFirst().orElseThrow()
                .collects()).isEqualTo(RequestedTemplates.CMRT_ONLY);
    }

    @Test
    void onlyProcessOwnersUseTheMappingPageAndForgedChoicesChangeNothing() {
        for (String person : List.of("carlos", "erin", "cora")) {
            WebSession other = session(person);
            assertThat(other.getPage("/commodity-templates").statusCode()).as(person).isEqualTo(403);
            assertThat(other.postForm("/commodity-templates", "commodity=Capacitors&template=MICA&_csrf=" + csrf(other, "/"))
                    .statusCode()).as(person).isEqualTo(403);
            assertThat(other.postForm("/commodity-templates/remove", "commodity=Capacitors&_csrf=" + csrf(other, "/"))
                    .statusCode()).as(person).isEqualTo(403);
        }
        WebSession owner = session("olivia");
        assertThat(owner.postForm("/commodity-templates", "commodity=Capacitors&template=MICA").statusCode())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(audit.historyOf("commodity-templates", "capacitors")).isEmpty();

        RenderedPage gold = post(owner, "commodity=Capacitors&template=GOLD");
        assertThat(gold.text()).contains("\"GOLD\" is neither the CMRT nor an EMRT mineral");
        assertThat(post(owner, "commodity=Capacitors").text()).contains("Choose the CMRT, at least one EMRT mineral, or both.");
        assertThat(post(owner, "commodity=" + "x".repeat(121) + "&template=MICA").text())
                .contains("A commodity has at most 120 characters.");
        assertThat(post(owner, "commodity=" + encode("Mica\u0007flakes") + "&template=MICA").text())
                .contains("A commodity is one line of text, without control characters.");
        assertThat(audit.historyOf("commodity-templates", "capacitors")).isEmpty();

        assertThat(owner.postForm("/commodity-templates", "commodity=Capacitors&template=MICA&_csrf="
                + csrf(owner, "/commodity-templates")).statusCode()).isEqualTo(302);
        assertThat(page(owner, "/commodity-templates").text()).contains("Capacitors", "EMRT (mica)");
        assertThat(owner.postForm("/commodity-templates/remove", "commodity=capacitors&_csrf="
                + csrf(owner, "/commodity-templates")).statusCode()).isEqualTo(302);
        List<AuditEntry> history = audit.historyOf("commodity-templates", "capacitors");
        assertThat(history).extracting(AuditEntry::getAction).containsExactly("COMMODITY_TEMPLATES_SET",
                "COMMODITY_TEMPLATES_REMOVED");
        assertThat(history.get(1).getBefore()).contains("EMRT:MICA");
    }

    /** A year the start form accepts (2013–2100) that no cycle has yet. */
    private int formYear() {
        List<Integer> used = cycles.findAll().stream().map(ReportingCycle::getReportingYear).toList();
        for (int year = 2099; year > 2013; year--) {
            if (!used.contains(year)) {
                return year;
            }
        }
        throw new IllegalStateException("no reporting year left for a test cycle");
    }

    private RenderedPage post(WebSession owner, String form) {
        HttpResponse<String> response = owner.postForm("/commodity-templates", form + "&_csrf=" + csrf(owner, "/commodity-templates"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new RenderedPage(response.statusCode(), response.body());
    }

    /** Template type → minerals ("" for the CMRT) of each SurveyTemplate row of the survey. */
    private Map<String, String> asked(SupplierSurvey survey) {
        Map<String, String> asked = new HashMap<>();
        templates.findBySurveyIdOrderByIdAsc(survey.getId()).forEach(row -> {
            assertThat(row.getState()).isEqualTo(SurveyTemplate.State.AWAITING);
            asked.put(row.getTemplateType(), row.getMinerals() == null ? "" : row.getMinerals());
        });
        return asked;
    }

    private Supplier supplier(String commodity) {
        Supplier supplier = scenario.supplier("Malaysia", null, false);
        supplier.setCommodity(commodity);
        return suppliers.save(supplier);
    }

    /** The start form's values as Tasklist sends them; collects null leaves the choice out. */
    private static String startForm(int year, String collects, Map<String, String> minerals) {
        StringBuilder json = new StringBuilder("{\"variables\": {\"reportingYear\": {\"value\": " + year + "},"
                + " \"responseDeadline\": {\"value\": \"" + CycleScenario.today().plusDays(60) + "\"},"
                + " \"reminderIntervalDays\": {\"value\": 7}, \"maxReminders\": {\"value\": 3},"
                + " \"maxInvalidAttempts\": {\"value\": 2}, \"escalationGraceDays\": {\"value\": 14},"
                + " \"minCmrtRevision\": {\"value\": \"6.31\"}");
        if (collects != null) {
            json.append(", \"collects\": {\"value\": ").append(collects).append("}");
        }
        minerals.forEach((name, value) -> json.append(", \"").append(name).append("\": {\"value\": ").append(value).append("}"));
        return json.append("}}").toString();
    }

    private WebSession session(String person) {
        WebSession session = new WebSession(port);
        assertThat(session.logIn(person, PASSWORD).statusCode()).as(person + " logs in").isEqualTo(302);
        return session;
    }

    private static String csrf(WebSession session, String path) {
        return encode(WebSession.csrfTokenOf(session.getPage(path).body()));
    }

    private static RenderedPage page(WebSession session, String path) {
        HttpResponse<String> response = session.getPage(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new RenderedPage(response.statusCode(), response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
