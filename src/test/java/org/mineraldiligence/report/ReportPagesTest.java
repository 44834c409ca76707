package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.importer.BundledReferenceList;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard, the report and the downloads as people reach them: log-in, roles, pages and files. */
@H2ApplicationTest
class ReportPagesTest {

    static final RollUpDeclarant DECLARANT = new RollUpDeclarant("Cora Compliance", "cora@example.com", "+1 555 0100",
            "Olivia Owner", "Head of Compliance", "olivia@example.com", "Yes", "Yes", "https://example.com/minerals-policy",
            "Yes", "Yes, with the SEC");

    @LocalServerPort
    int port;
    @Autowired
    CycleData data;
    @Autowired
    RollUps rollUps;

    KnownCycle known;

    @BeforeEach
    void createCycle() {
        known = KnownCycle.create(data);
    }

    private WebSession as(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private String dashboard() {
        return "/cycles/" + known.cycleId() + "/dashboard";
    }

    @Test
    void processOwnerSeesFiguresChartsAndEscapedSupplierNames() {
        HttpResponse<String> page = as("olivia").get(dashboard());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "Responses of in-scope suppliers", "Suppliers (5)", "failed e-mails")
                .contains("Beta &lt;b&gt;Boards&lt;/b&gt;").doesNotContain("Beta <b>Boards</b>")
                .contains("/camunda/app/cockpit/default/#/process-instance/pi-")
                .contains("ended: see survey");
        assertThat(page.body()).doesNotContain("<script");
    }

    @Test
    void filtersNarrowTheSupplierTable() {
        String body = as("olivia").get(dashboard() + "?state=INVALID").body();
        assertThat(body).contains("Suppliers (1)", "Gamma Cables").doesNotContain("Delta Displays");
    }

    @Test
    void complianceOfficersReadButOtherRolesAreRefused() {
        WebSession cora = as("cora");
        assertThat(cora.get(dashboard()).statusCode()).isEqualTo(200);
        String report = cora.get("/cycles/" + known.cycleId() + "/report").body();
        assertThat(report).contains("RCOI Results").doesNotContain("consolidated-cmrt");
        assertThat(cora.get("/cycles/" + known.cycleId() + "/report/consolidated-cmrt").statusCode()).isEqualTo(403);
        assertThat(cora.postForm("/cycles/" + known.cycleId() + "/report/consolidated-cmrt",
                form(DECLARANT, WebSession.csrfTokenOf(cora.get(dashboard()).body()))).statusCode()).isEqualTo(403);
        for (String user : new String[] {"carlos", "erin"}) {
            WebSession other = as(user);
            assertThat(other.get(dashboard()).statusCode()).as(user).isEqualTo(403);
            assertThat(other.get("/cycles/" + known.cycleId() + "/report").statusCode()).as(user).isEqualTo(403);
            assertThat(other.get("/cycles/" + known.cycleId() + "/report/appendix-a.xlsx").statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void unknownCycleIsNotFound() {
        assertThat(as("olivia").get("/cycles/987654321/dashboard").statusCode()).isEqualTo(404);
    }

    @Test
    void appendixAAndSupplierStatusDownloadAsWorkbooks() throws Exception {
        WebSession olivia = as("olivia");
        try (XSSFWorkbook appendix = xlsx(olivia, "/cycles/" + known.cycleId() + "/report/appendix-a.xlsx")) {
            Sheet sheet = appendix.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("Metal", "Standard Smelter Name", "Smelter Facility Location",
                    "Smelter ID", "Status as of 2017-04-01");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(cells(sheet.getRow(1))).containsExactly("Gold", "Abington Reldan Metals, LLC", "UNITED STATES",
                    "CID002708", "Active");
        }
        data.followUp(known.validCompany(), "carlos", "Ann Able", "ann@alpha.example", "survey-request", "reminder", "reminder");
        try (XSSFWorkbook suppliers = xlsx(olivia, "/cycles/" + known.cycleId() + "/report/suppliers.xlsx")) {
            XSSFSheet sheet = suppliers.getSheetAt(0);
            // a sheet to work with: filter on the header, header frozen, columns sized, spend as an amount
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Q6");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cells(sheet.getRow(0)).subList(11, 17)).containsExactly("Latest CMRT received", "Commodity manager",
                    "Contact", "Reminders sent", "Last e-mail", "Last e-mail at");
            Row alpha = sheet.getRow(1);
            assertThat(alpha.getCell(1).getStringCellValue()).isEqualTo("Alpha Components");
            assertThat(alpha.getCell(12).getStringCellValue()).isEqualTo("carlos");
            assertThat(alpha.getCell(13).getStringCellValue()).isEqualTo("Ann Able <ann@alpha.example>");
            assertThat(alpha.getCell(14).getNumericCellValue()).isEqualTo(2.0);
            assertThat(alpha.getCell(15).getStringCellValue()).isEqualTo("reminder");
            assertThat(alpha.getCell(16).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(alpha.getCell(11).getLocalDateTimeCellValue()).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Map<String, String> states = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(sheet::getRow)
                    .collect(Collectors.toMap(r -> r.getCell(1).getStringCellValue(), r -> r.getCell(5).getStringCellValue()));
            assertThat(states).containsEntry("Alpha Components", "valid").containsEntry("Gamma Cables", "invalid")
                    .containsEntry("Delta Displays", "awaiting").containsEntry("Beta <b>Boards</b>", "valid");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(400.0);
        }
    }

    @Test
    void reportDraftReproducesTheSeedsSummaryWhenEverySeedSmelterIsDeclared() {
        long cycle = data.cycle(2016);
        long first = data.submission(data.survey(cycle, data.supplier("Seed One", 10), null, "STRONG", false), "VALID", "A");
        long second = data.submission(data.survey(cycle, data.supplier("Seed Two", 10), null, "STRONG", false), "VALID", "A");
        int row = 5;
        for (ReferenceSmelter smelter : new BundledReferenceList().load().orElseThrow().smelters()) {
            // every smelter declared, some by both suppliers: counted once
            data.declared(row % 3 == 0 ? second : first, row, smelter.metal().label(), "MATCHED", smelter.smelterId());
            if (row % 7 == 0) {
                data.declared(second, 10_000 + row, smelter.metal().label(), "MATCHED", smelter.smelterId());
            }
            row++;
        }
        String body = as("olivia").get("/cycles/" + cycle + "/report").body();
        assertThat(body).contains("Our RCOI identified 311 known smelters and refiners that may have been in our 2016 supply chain.");
        for (String sentence : SeedSummaryTest.SEED_SENTENCES) {
            assertThat(body).contains(sentence);
        }
        assertThat(body).contains("as of April 1, 2017").contains("CID002708");
        assertThat(body).contains("L3 – The DRC and its nine adjoining countries: ");
    }

    private String preview() {
        return "/cycles/" + known.cycleId() + "/report/consolidated-cmrt";
    }

    @Test
    void previewShowsEveryAnswerAndWhereItComesFrom() {
        HttpResponse<String> page = as("olivia").get(preview());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 of 4 suppliers declared Tin used; 0 declared it not used; 2 not answered validly")
                .contains("0 of 4 suppliers declared Tantalum used").contains("please decide")
                .contains("3 of 4 in-scope suppliers sent a CMRT (75%)")
                .contains("<option value=\"English\" selected=\"selected\">English</option>")
                .contains("<option value=\"Deutsch\">Deutsch</option>");
        assertThat(as("olivia").get("/cycles/" + known.cycleId() + "/report").body()).contains(preview());
    }

    @Test
    void consolidatedCmrtFormExplainsWhatIsMissingAtTheTopAndKeepsWhatWasTyped() {
        WebSession olivia = as("olivia");
        String csrf = WebSession.csrfTokenOf(olivia.get(preview()).body());
        RollUpDeclarant incomplete = new RollUpDeclarant("<i>Cora</i>", "no-at-sign", "", "", "", "", "Yes", "Yes", "",
                "No", "No");
        HttpResponse<String> answer = olivia.postForm(preview(), form(incomplete, chosen(Metal.GOLD, 3, "No"), csrf));
        assertThat(answer.statusCode()).isEqualTo(422);
        String body = answer.body();
        assertThat(body).contains("Enter the contact&#39;s e-mail address.", "Enter the address of the published policy")
                .contains("value=\"&lt;i&gt;Cora&lt;/i&gt;\"").doesNotContain("<i>Cora</i>");
        // the errors come before the first question, and the changed answer is kept
        assertThat(body.indexOf("id=\"problems\"")).isPositive().isLessThan(body.indexOf("answer-GOLD-1"));
        int gold3 = body.indexOf("name=\"answer-GOLD-3\"");
        assertThat(body.substring(gold3, body.indexOf("</select>", gold3))).contains("<option value=\"No\" selected=\"selected\">");
    }

    @Test
    void processOwnerDownloadsTheConsolidatedCmrtAfterDecidingWhatSuppliersLeftOpen() {
        WebSession olivia = as("olivia");
        String csrf = WebSession.csrfTokenOf(olivia.get(preview()).body());
        HttpResponse<String> undecided = olivia.postForm(preview(), form(DECLARANT,
                RollUpChoices.proposed(rollUps.preview(known.cycleId()).proposals()), csrf));
        assertThat(undecided.statusCode()).isEqualTo(422);
        assertThat(undecided.body()).contains("Answer question 1 for Tantalum.");
        HttpResponse<byte[]> file = bytes(olivia, "POST", preview(), form(DECLARANT, chosen(null, 0, null), csrf));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("consolidated-cmrt.xlsx");
        assertThat(org.mineraldiligence.cmrt.check.CmrtChecker.withDefaults()
                .checkRollUp("x.xlsx", new ByteArrayInputStream(file.body())).verdict().name()).startsWith("VALID");
    }

    /** The proposals, tantalum and tungsten decided "No" as the process owner would, and one more change. */
    private RollUpChoices chosen(Metal metal, int question, String value) {
        RollUpChoices proposed = RollUpChoices.proposed(rollUps.preview(known.cycleId()).proposals());
        RollUpChoices decided = CycleFiguresContract.decide(proposed, Metal.TANTALUM, 1, "No", Metal.TUNGSTEN, 1, "No");
        return metal == null ? decided : CycleFiguresContract.decide(decided, metal, question, value);
    }

    private static String form(RollUpDeclarant d, RollUpChoices choices, String csrf) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("language", choices.language());
        for (Metal m : Metal.values()) {
            for (int q = 1; q <= 8; q++) {
                fields.put(RollUpChoices.field(m, q), choices.answer(m, q) == null ? "" : choices.answer(m, q));
            }
        }
        fields.putAll(form(d));
        fields.put("_csrf", csrf);
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String form(RollUpDeclarant d, String csrf) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(form(d));
        fields.put("_csrf", csrf);
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> form(RollUpDeclarant d) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("contactName", d.contactName());
        fields.put("contactEmail", d.contactEmail());
        fields.put("contactPhone", d.contactPhone());
        fields.put("authorizerName", d.authorizerName());
        fields.put("authorizerTitle", d.authorizerTitle());
        fields.put("authorizerEmail", d.authorizerEmail());
        fields.put("policy", d.policy());
        fields.put("policyPublic", d.policyPublic());
        fields.put("policyUrl", d.policyUrl());
        fields.put("auditedSmelterRequirement", d.auditedSmelterRequirement());
        fields.put("disclosure", d.disclosure());
        return fields;
    }

    private static XSSFWorkbook xlsx(WebSession session, String path) throws Exception {
        HttpResponse<byte[]> response = bytes(session, "GET", path, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** The session's cookies live in its client; a second request through it reads bytes. */
    private static HttpResponse<byte[]> bytes(WebSession session, String method, String path, String form) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.baseUrl() + path));
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(form));
            }
            return session.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> cells(Row row) {
        java.util.List<String> values = new java.util.ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
