package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two consecutive cycles: the report compares them in the seed's words, states the Q6 and company-level shares,
 * says what each figure counts, warns about the 2017 reference list, and comes out of Word as it went in.
 */
@H2ApplicationTest
class YearOverYearReportTest {

    static final String SMELTERS = "The number of identified smelters and refiners for 2046 increased from 3 to 5 as compared"
            + " to 2045, an increase of 67%.";
    static final String SURVEYED = "In 2046, we surveyed 2 additional suppliers compared to the 2045 reporting period.";
    static final String COMPANY_LEVEL = "75% of the responses received provided data at a company or divisional level or"
            + " were unable to specify the smelters or refiners that processed the 3TG in the components supplied to"
            + " Example Electronics Inc.";
    static final String COVERAGE = "Additionally, 50% of the responding suppliers indicated that they received information"
            + " regarding their supply chains from fewer than 75% of their suppliers and, therefore, they could not provide a"
            + " comprehensive list of all smelters or refiners in their supply chains.";

    @LocalServerPort
    int port;
    @Autowired
    CycleData data;

    long current;

    @BeforeEach
    void twoCycles() {
        long previous = data.cycle(2045);
        long p1 = data.submission(data.survey(previous, data.supplier("Old One", 10), null, null, false), "VALID", "A",
                Map.of("Gold", gold("100%", "Yes")));
        data.declared(p1, 5, "Gold", "MATCHED", "CID000015");
        data.declared(p1, 6, "Gold", "MATCHED", "CID002708");
        long p2 = data.submission(data.survey(previous, data.supplier("Old Two", 10), null, null, false), "VALID", "B",
                Map.of("Tin", gold("100%", "Yes")));
        data.declared(p2, 5, "Tin", "MATCHED", "CID000292");
        data.survey(previous, data.supplier("Old Silent", 10), null, null, false);

        current = data.cycle(2046);
        long c1 = data.submission(data.survey(current, data.supplier("New <A>", 10), null, null, false), "VALID", "A",
                Map.of("Gold", gold("Greater than 50%", "Yes")));
        data.declared(c1, 5, "Gold", "MATCHED", "CID000015");
        data.declared(c1, 6, "Gold", "MATCHED", "CID002708");
        long c2 = data.submission(data.survey(current, data.supplier("New B", 10), null, null, false), "VALID", "A",
                Map.of("Gold", gold("100%", "Yes")));
        data.declared(c2, 5, "Gold", "MATCHED", "CID000019");
        long c3 = data.submission(data.survey(current, data.supplier("New C", 10), null, null, false), "VALID", "B",
                Map.of("Tin", gold("50% or less", "No")));
        data.declared(c3, 5, "Tin", "MATCHED", "CID000292");
        long c4 = data.submission(data.survey(current, data.supplier("New D", 10), null, null, false), "VALID", "B",
                Map.of("Tantalum", gold("Greater than 90%", "Yes")));
        data.declared(c4, 5, "Tantalum", "MATCHED", "CID000211");
        data.survey(current, data.supplier("New Silent", 10), null, null, false);
    }

    private static Map<String, String> gold(String q6, String q7) {
        return Map.of("Q1", "Yes", "Q2", "Yes", "Q3", "No", "Q4", "No", "Q5", "No", "Q6", q6, "Q7", q7, "Q8", "Yes");
    }

    private WebSession olivia() {
        WebSession session = new WebSession(port);
        session.logIn("olivia", "demo");
        return session;
    }

    @Test
    void reportComparesWithThePreviousYearAndSaysWhatEachFigureCounts() {
        String body = olivia().get("/cycles/" + current + "/report").body();
        assertThat(body).contains(SMELTERS, SURVEYED, COMPANY_LEVEL, COVERAGE);
        // traceable: the Q6 share names the suppliers it counts, escaped
        assertThat(body).contains("2 of 4 of the valid responses declaring a 3TG in scope, CMRT question 6")
                .contains("New &lt;A&gt;, New C").doesNotContain("New <A>");
        assertThat(body).contains("<td>Gold smelters and refiners identified</td><td>2</td><td>3</td><td>+50%</td>")
                .contains("<td>Suppliers surveyed (in scope)</td><td>3</td><td>5</td><td>+2</td>")
                .contains("<td>Response rate</td><td>67%</td><td>80%</td><td>+13 points</td>")
                .contains("<td>Smelters listed as conformant</td><td>67%</td><td>80%</td><td>+13 points</td>");
        // the bundled list of 2017 is far older than the reporting year
        assertThat(body).contains("statuses as of 2017-04-01) is dated before the end of the reporting year (2046-12-31)")
                .contains("/smelters/import");
        assertThat(olivia().get("/cycles/" + current + "/dashboard").body()).contains("id=\"list-age\"");
        assertThat(olivia().get("/smelters").body()).contains("id=\"list-age\"", "statuses as of 2017-04-01");
    }

    @Test
    void wordExportHasTheHeadingsParagraphsSummaryAndAppendixTable() throws Exception {
        WebSession session = olivia();
        HttpResponse<byte[]> file = session.client().send(HttpRequest.newBuilder(
                URI.create(session.baseUrl() + "/cycles/" + current + "/report.docx")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.body()))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("RCOI Results", "Survey Results",
                    "Smelters and Refiners Potentially in Our Supply Chain", "Country of Origin Information", "Appendix A");
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains(SMELTERS, SURVEYED, COMPANY_LEVEL, COVERAGE)
                    .contains("•\t100% (3) of known Gold smelters or refiners that may be in our supply chain are listed as"
                            + " compliant (2) or active (1).");
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            XWPFTable appendix = tables.get(1);
            assertThat(appendix.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Metal", "Standard Smelter Name", "Smelter Facility Location", "Smelter ID",
                            "Status as of 2017-04-01");
            assertThat(appendix.getNumberOfRows()).isEqualTo(6);
            assertThat(appendix.getRow(1).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Gold", "Abington Reldan Metals, LLC", "UNITED STATES", "CID002708", "Active");
            assertThat(tables.get(0).getRow(5).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Smelters and refiners identified, total", "3", "5", "+67%");
        }
    }

    @Test
    void pagesInTheBrowserShowTheWarningTheComparisonAndTheFormsErrorsOnTop() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.driver().findElement(By.name("username")).sendKeys("olivia");
            browser.driver().findElement(By.name("password")).sendKeys("demo");
            browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));
            browser.go("/cycles/" + current + "/report");
            assertThat(browser.driver().findElement(By.id("year-over-year")).getText()).isEqualTo(SMELTERS);
            browser.screenshot("report-year-over-year");
            browser.go("/cycles/" + current + "/dashboard");
            assertThat(browser.driver().findElement(By.id("list-age")).isDisplayed()).isTrue();
            browser.screenshot("dashboard-list-age");
            browser.go("/cycles/" + current + "/report/consolidated-cmrt");
            browser.screenshot("consolidated-cmrt-preview");
            browser.clickAndWaitForNextPage(By.cssSelector("#consolidated-cmrt button[type=submit]"));
            WebElement problems = browser.driver().findElement(By.id("problems"));
            // the errors are where the reloaded page starts, not thousands of pixels below
            assertThat(problems.getLocation().getY()).isLessThan(400);
            assertThat(problems.getText()).contains("Answer question 1 for Tungsten.", "Enter the contact's phone number.");
            browser.screenshot("consolidated-cmrt-errors");
            // the refused form answers 422, which Chromium logs; nothing else may
            assertThat(browser.consoleErrorsFromOurPages()).allMatch(e -> e.contains("/consolidated-cmrt") && e.contains("422"));
        }
    }
}
