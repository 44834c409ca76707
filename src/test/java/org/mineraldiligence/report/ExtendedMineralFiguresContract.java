package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.RenderedPage;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A cycle that collects the EMRT for cobalt and mica beside the CMRT, read as people read it: the dashboard and the
 * program view per role, the report page and its Word file. Run on H2 and PostgreSQL.
 */
abstract class ExtendedMineralFiguresContract {

    static final int YEAR = 2041;

    @LocalServerPort
    int port;
    @Autowired
    CycleData data;
    @Autowired
    IdentityService identity;
    @Autowired
    CycleReports reports;
    @Autowired
    jakarta.persistence.EntityManagerFactory emf;

    KnownEmrtCycle known;

    @BeforeEach
    void createCycle() {
        TestPeople.ensure(identity, TestPeople.DEMO);
        known = KnownEmrtCycle.create(data, YEAR);
    }

    WebSession as(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    String dashboard() {
        return "/cycles/" + known.cycleId() + "/dashboard";
    }

    static String text(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return new RenderedPage(page.statusCode(), page.body()).text();
    }

    /** The part of the page's text from the element with this id to the end of its table. */
    static String section(HttpResponse<String> page, String id) {
        String html = page.body();
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        return new RenderedPage(200, html.substring(start, html.indexOf("</table>", start))).text();
    }

    @Test
    void dashboardShowsResponsesPerTemplateAndRefinersPerMineralToWhoMayReadIt() {
        for (String user : List.of("olivia", "cora")) {
            HttpResponse<String> page = as(user).get(dashboard());
            String templates = section(page, "per-template");
            // Template, asked, received (share), valid, accepted with exceptions, invalid, awaiting
            assertThat(templates).as(user).contains("CMRT 4 3 (75%) 2 0 1 1", "EMRT 5 4 (80%) 2 1 1 1",
                    "EMRT covering cobalt 4 3 (75%) 1 1 1 1", "EMRT covering mica 3 2 (67%) 2 0 0 1");
            String minerals = section(page, "per-mineral");
            // Mineral, identified, conformant, active, other status, not stated, high risk, under review, not yet identified
            assertThat(minerals).as(user).contains("Cobalt 2 1 1 0 0 0 1 0", "Mica 2 0 0 1 1 1 0 0");
            // the 3TG cards read the CMRTs only: an EMRT is neither a valid CMRT nor a 3TG smelter, and the two
            // suppliers asked for the EMRT alone are not awaiting a CMRT
            assertThat(text(page)).as(user).contains("2 valid CMRTs 1 invalid, 1 awaiting")
                    .contains("75% responded with a CMRT 3 of 4 suppliers asked for one").contains("1 smelters identified (3TG)").contains("0 names under review")
                    .contains("CMRT responses of in-scope suppliers", "3TG smelters identified, by metal and status");
        }
        for (String user : List.of("carlos", "erin")) {
            assertThat(as(user).get(dashboard()).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void programViewSharesTheFiguresWithTheExecutives() {
        HttpResponse<String> page = as("erin").get("/program?cycle=" + known.cycleId());
        assertThat(section(page, "per-template")).contains("EMRT covering cobalt 4 3 (75%) 1 1 1 1");
        assertThat(section(page, "per-mineral")).contains("Mica 2 0 0 1 1 1 0 0");
        assertThat(as("carlos").get("/program?cycle=" + known.cycleId()).statusCode()).isEqualTo(403);
    }

    @Test
    void aCmrtOnlyCycleShowsNoTemplateOrMineralTables() {
        KnownCycle cmrtOnly = KnownCycle.create(data);
        HttpResponse<String> page = as("olivia").get("/cycles/" + cmrtOnly.cycleId() + "/dashboard");
        assertThat(page.body()).doesNotContain("per-template", "per-mineral", "valid CMRTs", "(3TG)", "with a CMRT");
        assertThat(text(page)).contains("2 valid 1 invalid, 1 awaiting", "Responses of in-scope suppliers")
                .doesNotContain("CMRT responses", "3TG smelters");
        String report = text(as("olivia").get("/cycles/" + cmrtOnly.cycleId() + "/report"));
        assertThat(report).doesNotContain("Extended Minerals", "Appendix B", "EMRT");
    }

    @Test
    void theEmrtFiguresAreThreeStatementsMoreWhateverTheNumberOfSuppliers() {
        long cmrtOnly = statementsFor(KnownCycle.create(data).cycleId());
        long small = statementsFor(known.cycleId());
        for (int i = 0; i < 60; i++) {
            long survey = data.survey(known.cycleId(), data.supplier("Bulk EMRT " + i, 10), null, null, false);
            long emrt = data.emrtSubmission(survey, "VALID");
            data.template(survey, "EMRT", i % 2 == 0 ? "COBALT" : "COBALT+MICA", "VALID", emrt);
            data.assessed(emrt, 5, "EMRT:Cobalt", "China", "CID9100" + (i % 10), "Bulk Cobalt " + (i % 10), "ACTIVE", "LOW");
        }
        assertThat(statementsFor(known.cycleId())).isEqualTo(small).isEqualTo(cmrtOnly + 3);
        assertThat(reports.dashboard(known.cycleId()).extended().minerals().get(0).identified()).isEqualTo(12);
    }

    private long statementsFor(long cycleId) {
        org.hibernate.stat.Statistics statistics = emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            reports.dashboard(cycleId);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    static final String COBALT_SUPPLIERS = "3 of 4 suppliers asked for the EMRT covering cobalt sent one (75%); 1 is valid,"
            + " 1 accepted with exceptions, 1 still invalid.";
    static final String COBALT_REFINERS = "We identified 2 known cobalt smelters or refiners that may be in our supply chain:"
            + " 1 listed as conformant, 1 as active.";
    static final String COBALT_OPEN = "1 declared cobalt name is still under review and 0 rows say the smelter is not yet"
            + " identified; they are not counted above.";
    static final String MICA_SUPPLIERS = "2 of 3 suppliers asked for the EMRT covering mica sent one (67%); 2 are valid.";
    static final String MICA_REFINERS = "We identified 2 known mica smelters or refiners that may be in our supply chain:"
            + " 0 listed as conformant, 0 as active, 1 with another status and 1 without a status stated. 1 rated high risk.";

    @Test
    void reportPageHasASectionPerMineralAndAppendixB() {
        HttpResponse<String> page = as("cora").get("/cycles/" + known.cycleId() + "/report");
        String report = text(page);
        assertThat(report).contains("we also asked suppliers for the RMI Extended Minerals Reporting Template (EMRT)"
                + " covering cobalt and mica.");
        // Boron and Graphite were asked for the EMRT alone: the CMRT's share is of the four asked for one
        assertThat(report).contains("received CMRTs from 75% of the Surveyed Suppliers asked for one (3 of 4).");
        assertThat(report).contains(COBALT_SUPPLIERS, COBALT_REFINERS, COBALT_OPEN, MICA_SUPPLIERS, MICA_REFINERS);
        assertThat(report.indexOf("Cobalt " + COBALT_SUPPLIERS)).as("under the mineral's heading").isPositive();
        String appendix = section(page, "appendix-b");
        assertThat(appendix).contains("Cobalt Example Cobalt Refinery Co. China " + KnownEmrtCycle.COBALT_CONFORMANT + " conformant")
                .contains("Cobalt Nordic Cobalt Oy Finland " + KnownEmrtCycle.COBALT_ACTIVE + " active")
                .contains("Mica Jharkhand Mica Processing India " + KnownEmrtCycle.MICA_NOT_STATED + " not stated")
                .contains("Mica Risky Mica Traders " + KnownEmrtCycle.HOSTILE_COUNTRY + " " + KnownEmrtCycle.MICA_HIGH_RISK
                        + " non conformant high")
                .doesNotContain(KnownEmrtCycle.COBALT_OF_INVALID_EMRT);
        assertThat(page.body()).contains("&lt;b&gt;Congo&lt;/b&gt;").doesNotContain(KnownEmrtCycle.HOSTILE_COUNTRY);
        // Appendix A stays the 3TG smelters of the CMRTs
        assertThat(report.substring(report.indexOf("Appendix A The below table"), report.indexOf("Appendix B The below table")))
                .contains("CID000015").doesNotContain("CID9001");
    }

    @Test
    void wordReportHasTheSameSectionsAndAppendixBAsATable() throws Exception {
        HttpResponse<byte[]> file = as("olivia").getBytes("/cycles/" + known.cycleId() + "/report.docx");
        assertThat(file.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Extended Minerals (EMRT)", "Appendix B")
                    .contains(COBALT_SUPPLIERS, COBALT_REFINERS, COBALT_OPEN, MICA_SUPPLIERS, MICA_REFINERS);
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(p -> p.getText()).containsExactly("Cobalt", "Mica");
            XWPFTable appendixB = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(appendixB.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Mineral", "Standard Smelter Name", "Country (as declared)", "Smelter ID",
                            "Status when assessed", "Risk");
            assertThat(appendixB.getRows().subList(1, appendixB.getRows().size()))
                    .extracting(r -> r.getTableCells().stream().map(c -> c.getText()).toList())
                    .containsExactly(
                            List.of("Cobalt", "Example Cobalt Refinery Co.", "China", KnownEmrtCycle.COBALT_CONFORMANT, "conformant", ""),
                            List.of("Cobalt", "Nordic Cobalt Oy", "Finland", KnownEmrtCycle.COBALT_ACTIVE, "active", ""),
                            List.of("Mica", "Jharkhand Mica Processing", "India", KnownEmrtCycle.MICA_NOT_STATED, "not stated", ""),
                            List.of("Mica", "Risky Mica Traders", KnownEmrtCycle.HOSTILE_COUNTRY, KnownEmrtCycle.MICA_HIGH_RISK,
                                    "non conformant", "high"));
        }
    }
}
