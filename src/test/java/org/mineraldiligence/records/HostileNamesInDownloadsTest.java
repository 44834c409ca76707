package org.mineraldiligence.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.SurveyOfItsOwn;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.SupplierSurvey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A supplier with a formula for a name uploads workbooks whose file names are a formula and a right-to-left
 * override, through the portal over HTTP. The downloads, parsed back, hold text and no formulas; the Camunda
 * Forms variable holds no Markdown link; the stored file name holds no bidi character.
 */
@H2ApplicationTest
class HostileNamesInDownloadsTest {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"x\")";
    /** The classic payload with "-C" for "/C": a slash is a path separator, and only the last segment is kept. */
    static final String FORMULA_FILE = "=2+5+cmd|' -C calc'!A0";
    static final String BIDI_FILE = "a\u202Eslx.exe";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CmrtSubmissionRepository submissions;
    @Autowired
    RuntimeService runtimeService;

    SupplierSurvey survey;

    @BeforeEach
    void aHostileSupplierUploadsTwoWorkbooks() {
        Supplier hostile = new Supplier("H-" + System.nanoTime(), FORMULA_NAME, "France");
        hostile.setSpend(new BigDecimal("1234.5"), "EUR");
        hostile.addContact("Hal", "h" + System.nanoTime() + "@supplier.example", true);
        survey = SurveyOfItsOwn.launch(context, hostile);
        String link = SurveyOfItsOwn.portalPath(context, survey);
        WebSession supplier = new WebSession(port);
        for (String name : List.of(FORMULA_FILE, BIDI_FILE)) {
            String csrf = WebSession.csrfTokenOf(supplier.get(link).body());
            assertThat(supplier.upload(link + "/upload", csrf, name, TestWorkbooks.invalidWithoutCompanyName())
                    .statusCode()).isEqualTo(302);
        }
    }

    @Test
    void evidenceCsvsHoldTheNamesAsTextAndNumbersAsNumbers() throws IOException {
        Map<String, byte[]> zip = unzip(as("cora").getBytes("/cycles/" + survey.getCycle().getId() + "/evidence.zip").body());

        CSVRecord surveyRow = csv(zip, "surveys.csv").get(1);
        assertThat(surveyRow.toList()).contains("'" + FORMULA_NAME).doesNotContain(FORMULA_NAME);

        String folder = zip.keySet().stream().filter(name -> name.endsWith("/submissions.csv")).findFirst().orElseThrow();
        List<CSVRecord> rows = csv(zip, folder);
        assertThat(rows).hasSize(3);
        List<String> fileNames = rows.subList(1, 3).stream().map(row -> row.get(1)).toList();
        assertThat(fileNames).contains("'" + FORMULA_FILE).doesNotContain(FORMULA_FILE);
        assertThat(fileNames).noneMatch(name -> name.contains("\u202E")).anyMatch(name -> name.endsWith("slx.exe"));
        assertThat(rows.get(1).get(3)).as("bytes stay a plain number").matches("\\d+");
    }

    @Test
    void supplierStatusWorkbookHoldsTheNameAsTextAndTheSpendAsANumber() throws IOException {
        byte[] xlsx = as("olivia").getBytes("/cycles/" + survey.getCycle().getId() + "/report/suppliers.xlsx").body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + FORMULA_NAME);
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
        }
    }

    @Test
    void storedFileNamesAndTheFormsVariableCarryNoBidiCharactersOrLinks() {
        assertThat(submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()))
                .extracting(submission -> submission.getOriginalName())
                .containsExactlyInAnyOrder(FORMULA_FILE, "aslx.exe");
        String shown = (String) runtimeService.getVariable(survey.getProcessInstanceId(), "supplierName");
        assertThat(shown).isEqualTo("=HYPERLINK(\"http: //evil.example\",\"x\")").doesNotContain("://");
    }

    private WebSession as(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private static List<CSVRecord> csv(Map<String, byte[]> zip, String name) throws IOException {
        assertThat(zip).containsKey(name);
        String text = new String(zip.get(name), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zip.transferTo(content);
                entries.put(entry.getName(), content.toByteArray());
            }
        }
        return entries;
    }
}
