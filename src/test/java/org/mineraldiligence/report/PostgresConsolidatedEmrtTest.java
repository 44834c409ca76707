package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.support.PostgresApplicationTest;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consolidated EMRT as people reach it, on PostgreSQL: three suppliers' real EMRTs (2.1 and 1.3) stored as the
 * survey's check step stores them, the report page's link, the preview, the download, and who may see them.
 */
@PostgresApplicationTest
class PostgresConsolidatedEmrtTest {

    @LocalServerPort
    int port;
    @Autowired
    CycleData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    long cycle;
    long cycleWithoutEmrt;
    long cmrtOnlyCycle;

    @BeforeEach
    void cycleWithEmrts() {
        TestPeople.ensure(identity, TestPeople.DEMO);
        cycle = data.cycle(2025);
        List<byte[]> files = EmrtRollUpTest.supplierEmrts();
        String[] names = {"<b>Acme</b>", "Borealis", "Copperless"};
        for (int i = 0; i < files.size(); i++) {
            long survey = data.survey(cycle, data.supplier(names[i], 1000), null, null, false);
            long submission = emrt(survey, files.get(i));
            jdbc.update("INSERT INTO survey_template (survey_id, template_type, minerals, state, submission_id, updated_at)"
                    + " VALUES (?, 'EMRT', 'COBALT+MICA', 'VALID', ?, ?)", survey, submission, Timestamp.from(Instant.now()));
        }
        // asked for an EMRT, sent nothing: the answers cannot be sure
        long silent = data.survey(cycle, data.supplier("Silent Supplies", 1000), null, null, false);
        jdbc.update("INSERT INTO survey_template (survey_id, template_type, minerals, state, updated_at)"
                + " VALUES (?, 'EMRT', 'COBALT', 'AWAITING', ?)", silent, Timestamp.from(Instant.now()));
        cycleWithoutEmrt = data.cycle(2025);
        data.collects(cycleWithoutEmrt, "CMRT,EMRT:COBALT");
        cmrtOnlyCycle = data.cycle(2024);
        long cmrtOnly = data.survey(cycleWithoutEmrt, data.supplier("Tin Only", 1000), null, null, false);
        data.submission(cmrtOnly, "VALID", "A", Map.of("Tin", Map.of("Q1", "Yes", "Q2", "Yes")));
    }

    /** Stores the file and its check as the survey's check step does. */
    private long emrt(long survey, byte[] file) {
        CheckResult result = CmrtChecker.withDefaults().alsoEmrt().check("emrt.xlsx", new ByteArrayInputStream(file));
        assertThat(result.verdict()).isIn(Verdict.VALID, Verdict.VALID_WITH_WARNINGS);
        Long workbook = jdbc.queryForObject("INSERT INTO stored_workbook (sha256, content) VALUES ('x', ?) RETURNING id",
                Long.class, (Object) file);
        return jdbc.queryForObject("INSERT INTO cmrt_submission (survey_id, workbook_id, original_name, size_bytes, sha256,"
                + " received_at, verdict, template_type, template_version, errors, warnings, check_json, checked_at)"
                + " VALUES (?, ?, 'emrt.xlsx', ?, 'x', ?, ?, 'EMRT', ?, 0, ?, ?, ?) RETURNING id", Long.class,
                survey, workbook, file.length, Timestamp.from(Instant.now()), result.verdict().name(), result.templateVersion(),
                result.warnings().size(), CmrtJson.toJson(result), Timestamp.from(Instant.now()));
    }

    private WebSession as(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private String emrtPage(long id) {
        return "/cycles/" + id + "/report/consolidated-emrt";
    }

    @Test
    void theReportPageOffersTheConsolidatedEmrtOnlyWhenTheCycleHasValidEmrts() {
        WebSession olivia = as("olivia");
        assertThat(olivia.get("/cycles/" + cycle + "/report").body()).contains(emrtPage(cycle))
                .contains("Consolidated EMRT 2.1</a>");
        String without = olivia.get("/cycles/" + cycleWithoutEmrt + "/report").body();
        assertThat(without).doesNotContain(emrtPage(cycleWithoutEmrt))
                .contains("Consolidated EMRT 2.1: no supplier has sent a valid EMRT in this cycle yet.");
        // a cycle that collects no EMRT does not mention it
        assertThat(olivia.get("/cycles/" + cmrtOnlyCycle + "/report").body()).doesNotContain("Consolidated EMRT");
        HttpResponse<String> none = olivia.get(emrtPage(cycleWithoutEmrt));
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("No supplier has sent a valid EMRT in").doesNotContain("id=\"consolidated-emrt\"");
    }

    @Test
    void previewShowsEachAnswerAndWhatItRestsOn() {
        HttpResponse<String> page = as("olivia").get(emrtPage(cycle));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<span>3</span> suppliers")
                .contains("3 of 4 suppliers asked for an EMRT sent one (75%)")
                .contains("1 of 4 suppliers declared Copper used and in their products")
                .contains("Mica").contains("Nickel")
                .doesNotContain("<b>Acme</b>");
    }

    @Test
    void processOwnerDownloadsAnEmrtOurCheckerAccepts() throws Exception {
        WebSession olivia = as("olivia");
        String csrf = WebSession.csrfTokenOf(olivia.get(emrtPage(cycle)).body());
        HttpResponse<String> incomplete = olivia.postForm(emrtPage(cycle), form(Map.of("contactName", "<i>Cora</i>"), csrf));
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("Enter the contact&#39;s e-mail address.").doesNotContain("<i>Cora</i>")
                .doesNotContain("question H");
        HttpResponse<byte[]> file = bytes(olivia, emrtPage(cycle), form(DECLARANT, csrf));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("consolidated-emrt-2.1.xlsx");
        CheckResult check = CmrtChecker.withDefaults().alsoEmrt().check("x.xlsx", new ByteArrayInputStream(file.body()));
        assertThat(check.verdict()).as(check.errors().toString()).isIn(Verdict.VALID, Verdict.VALID_WITH_WARNINGS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(EmrtRollUpTest.text(wb, "Declaration", "D19")).isEqualTo("Cora Compliance");
            assertThat(EmrtRollUpTest.text(wb, "Declaration", "D78")).isEqualTo("Greater than 50%"); // cobalt Q5: 3 of 4, not more than 75 %
            assertThat(EmrtRollUpTest.text(wb, "Declaration", "D66")).isEqualTo("No"); // cobalt Q4: one supplier said No
            assertThat(EmrtRollUpTest.text(wb, "Declaration", "D69")).isEqualTo("Unknown"); // lithium Q4: one did not answer
        }
    }

    @Test
    void onlyProcessOwnersReachTheConsolidatedEmrt() {
        for (String user : List.of("cora", "carlos", "erin")) {
            WebSession session = as(user);
            assertThat(session.get(emrtPage(cycle)).statusCode()).as(user).isEqualTo(403);
            String csrf = WebSession.csrfTokenOf(session.get("/").body());
            assertThat(session.postForm(emrtPage(cycle), form(DECLARANT, csrf)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(as("cora").get("/cycles/" + cycle + "/report").body()).doesNotContain("consolidated-emrt");
    }

    static final Map<String, String> DECLARANT = Map.of("contactName", "Cora Compliance", "contactEmail", "cora@example.com",
            "contactPhone", "+1 555 0100", "authorizerName", "Olivia Owner", "authorizerTitle", "Head of Compliance",
            "authorizerEmail", "olivia@example.com", "policy", "Yes", "policyPublic", "Yes",
            "policyUrl", "https://example.com/minerals-policy", "auditedSmelterRequirement", "Yes");

    private static String form(Map<String, String> fields, String csrf) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return all.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<byte[]> bytes(WebSession session, String path, String form) {
        try {
            return session.client().send(HttpRequest.newBuilder(URI.create(session.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
