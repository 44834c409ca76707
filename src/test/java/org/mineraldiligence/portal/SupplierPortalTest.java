package org.mineraldiligence.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The supplier portal as a supplier uses it, through its personal link, with the full server. */
@H2ApplicationTest
class SupplierPortalTest {

    @LocalServerPort
    int port;
    @Autowired
    PortalLinks links;
    @Autowired
    SurveyLauncher launcher;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    TransactionTemplate transaction;

    WebSession browser;
    SupplierSurvey surveyA;
    SupplierSurvey surveyB;
    String linkA;

    @BeforeEach
    void twoSuppliersInOneCycle() {
        browser = new WebSession(port);
        transaction.executeWithoutResult(status -> {
            ReportingCycle cycle = cycles.save(new ReportingCycle(2026, LocalDate.now().plusDays(30), SurveyPolicy.DEFAULT));
            surveyA = launcher.launch(cycle, supplier("<script>alert('A')</script> Alloys"));
            surveyB = launcher.launch(cycle, supplier("Beta Bronze Works"));
        });
        linkA = links.mint(surveys.findWithSupplierById(surveyA.getId()).orElseThrow());
    }

    private Supplier supplier(String name) {
        Supplier supplier = new Supplier("P-" + System.nanoTime(), name, "France");
        supplier.setSpend(BigDecimal.TEN, "EUR");
        supplier.addContact("Contact", "c" + System.nanoTime() + "@example.com", true);
        return suppliers.save(supplier);
    }

    private String path(String link) {
        return URI.create(link).getPath();
    }

    @Test
    void personalLinkShowsWhoAsksByWhenAndTheSuppliersNameEscaped() {
        HttpResponse<String> page = browser.get(path(linkA));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("RY2026").contains("Example Electronics Inc.")
                .contains("&lt;script&gt;alert(&#39;A&#39;)&lt;/script&gt; Alloys")
                .doesNotContain("<script>alert")
                .doesNotContain("Beta Bronze Works")
                .contains("Download the blank CMRT");
        HttpResponse<String> template = browser.get(path(linkA) + "/template");
        assertThat(template.statusCode()).isEqualTo(200);
    }

    @Test
    void theBlankTemplateOfferedIsTheNewestTheCheckerKnowsInEnglish() throws Exception {
        HttpResponse<byte[]> template = browser.getBytes(path(linkA) + "/template");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("RMI_CMRT_6.5.xlsx"));

        CheckResult checked = CmrtChecker.withDefaults().check("blank.xlsx", new ByteArrayInputStream(template.body()));
        assertThat(checked.templateVersion()).isEqualTo("6.5");
        assertThat(checked.findings()).extracting(Finding::ruleId).as("current, so no revision note")
                .containsExactly("CMRT-EMPTY-TEMPLATE");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheet("Declaration").getRow(2).getCell(3).getStringCellValue()).isEqualTo("English");
            assertThat(workbook.getForceFormulaRecalculation()).as("Excel redraws the labels in English on opening").isTrue();
        }
    }

    @Test
    void unknownOrMangledLinkGetsAFriendlyPageAnd404() {
        HttpResponse<String> page = browser.get("/portal/not-a-real-token-at-all-123456");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("This link is not valid");
        assertThat(browser.get(path(linkA) + "x").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidUploadShowsWhatToFixThenAValidOneIsThanked() {
        String csrf = WebSession.csrfTokenOf(browser.get(path(linkA)).body());
        HttpResponse<String> posted = browser.upload(path(linkA) + "/upload", csrf, "ours.xlsx",
                TestWorkbooks.invalidWithoutCompanyName());
        assertThat(posted.statusCode()).isEqualTo(302);
        HttpResponse<String> result = browser.get(path(posted.headers().firstValue("Location").orElseThrow()));
        assertThat(result.body()).contains("needs corrections").contains("Declaration!D8")
                .contains("Upload the corrected file");

        csrf = WebSession.csrfTokenOf(result.body());
        posted = browser.upload(path(linkA) + "/upload", csrf, "fixed.xlsx", TestWorkbooks.validLowRisk());
        result = browser.get(path(posted.headers().firstValue("Location").orElseThrow()));
        assertThat(result.body()).contains("Thank you: your CMRT is valid").contains("What happens next");
        assertThat(browser.get(path(linkA)).body()).contains("ours.xlsx").contains("fixed.xlsx");
    }

    @Test
    void aFileThatIsNotAWorkbookIsKeptAndAnsweredPlainly() {
        String csrf = WebSession.csrfTokenOf(browser.get(path(linkA)).body());
        HttpResponse<String> posted = browser.upload(path(linkA) + "/upload", csrf, "cmrt.xlsx",
                "%PDF-1.7 not a spreadsheet".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> result = browser.get(path(posted.headers().firstValue("Location").orElseThrow()));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("We could not read this file");

        HttpResponse<String> empty = browser.upload(path(linkA) + "/upload", csrf, "empty.xlsx", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("The file was empty");
    }

    @Test
    void anEmrtSentForACmrtSurveyIsAnsweredWithWhatItIsAndWhatWeAskedFor() throws Exception {
        byte[] emrt;
        try (var in = getClass().getResourceAsStream("/cmrt/templates/RMI_EMRT_1.3.xlsx")) {
            emrt = in.readAllBytes();
        }
        String csrf = WebSession.csrfTokenOf(browser.get(path(linkA)).body());
        HttpResponse<String> posted = browser.upload(path(linkA) + "/upload", csrf, "emrt.xlsx", emrt);
        HttpResponse<String> result = browser.get(path(posted.headers().firstValue("Location").orElseThrow()));
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("?notAsked");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("We did not ask you for an EMRT.")
                .contains("We ask you for your CMRT only.").contains("changes nothing we hold from you");
        // kept, listed as not counted, and the CMRT is still awaited
        assertThat(browser.get(path(linkA)).body()).contains("We have not received a CMRT from you yet")
                .contains("Not counted: we did not ask for it");
    }

    @Test
    void anUploadOverTenMegabytesIsRefusedWithAPageSayingWhatToDo() {
        String csrf = WebSession.csrfTokenOf(browser.get(path(linkA)).body());
        HttpResponse<String> refused = browser.upload(path(linkA) + "/upload", csrf, "huge.xlsx",
                new byte[11 * 1024 * 1024]);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than 10 MB").contains("Save it again from Excel");
        assertThat(browser.get(path(linkA)).body()).contains("We have not received a CMRT from you yet");
    }

    @Test
    void oneSuppliersLinkNeverOpensAnotherSuppliersSubmission() {
        String linkB = links.mint(surveys.findWithSupplierById(surveyB.getId()).orElseThrow());
        WebSession supplierB = new WebSession(port);
        String csrf = WebSession.csrfTokenOf(supplierB.get(path(linkB)).body());
        HttpResponse<String> posted = supplierB.upload(path(linkB) + "/upload", csrf, "b.xlsx", TestWorkbooks.validLowRisk());
        String submissionOfB = posted.headers().firstValue("Location").orElseThrow().replaceAll(".*/submissions/(\\d+).*", "$1");

        HttpResponse<String> peek = browser.get(path(linkA) + "/submissions/" + submissionOfB);
        assertThat(peek.statusCode()).isEqualTo(404);
        assertThat(peek.body()).doesNotContain("b.xlsx");
    }

    @Test
    void uploadWithoutTheFormsCsrfTokenIsRefused() {
        HttpResponse<String> forged = browser.upload(path(linkA) + "/upload", "forged", "x.xlsx", TestWorkbooks.validLowRisk());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void trainingCompletionIsRecordedOnce() {
        String csrf = WebSession.csrfTokenOf(browser.get(path(linkA) + "/training").body());
        HttpResponse<String> done = browser.postForm(path(linkA) + "/training", "_csrf=" + csrf);
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(surveys.findById(surveyA.getId()).orElseThrow().getTrainingCompletedAt()).isNotNull();
        assertThat(browser.get(path(linkA)).body()).contains("Training: <span>completed</span>");
    }

    @Test
    void linksStopWorkingWhenTheCycleCloses() {
        transaction.executeWithoutResult(status -> cycles.findById(surveyA.getCycle().getId()).orElseThrow()
                .close(java.time.Instant.now()));
        assertThat(browser.get(path(linkA)).statusCode()).isEqualTo(404);
    }
}
