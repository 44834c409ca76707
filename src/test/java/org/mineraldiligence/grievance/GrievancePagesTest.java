package org.mineraldiligence.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.web.PublicBaseUrl;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The grievance pages as a reporter and as colleagues use them, through HTTP. */
@H2ApplicationTest
class GrievancePagesTest {

    private static final Pattern FOLLOW_UP = Pattern.compile("id=\"follow-up\" href=\"[^\"]*(/grievance/follow-up/[A-Za-z0-9_-]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(G-[0-9A-Z]{4}-[0-9A-Z]{4})<");

    @LocalServerPort
    int port;
    @Autowired
    PublicBaseUrl baseUrl;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReporterGuard guard;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;

    record Reported(String reference, String followUpPath, long id) {
    }

    @BeforeEach
    void freshFloodCounts() {
        guard.forgetAll();
    }

    @Test
    void aReportKeepsNothingAboutTheReporterUnlessTheyGiveIt() {
        WebSession reporter = new WebSession(port);
        String csrf = WebSession.csrfTokenOf(reporter.get("/grievance").body());
        HttpResponse<String> received = reporter.send(HttpRequest.newBuilder(URI.create(reporter.baseUrl() + "/grievance"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "SecretBrowser/9.9 (reporter laptop)")
                .header("X-Forwarded-For", "203.0.113.77")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", csrf, "category", "HUMAN_RIGHTS",
                        "relatedParty", "", "contact", "  ",
                        "description", "Children carry ore at the Fictional Hill mine every morning."))))
                .build());
        assertThat(received.statusCode()).isEqualTo(200);
        Reported report = reportedIn(received.body());

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM grievance WHERE id = ?", report.id());
        assertThat(row.get("CONTACT")).isNull();
        assertThat(row.get("RELATED_PARTY")).isNull();
        assertThat(row.get("RECEIVED_ON")).isInstanceOf(java.sql.Date.class);
        // our own link to the grievance page carries our address and port, which say nothing of the reporter
        List<String> stored = everythingStoredAbout(report).stream()
                .map(value -> value.replace(baseUrl.get(), "<our address>")).toList();
        assertThat(stored).noneMatch(value -> value.contains("SecretBrowser") || value.contains("203.0.113.77")
                || value.contains("127.0.0.1") || value.contains(":" + port));
        assertThat(stored).anyMatch(value -> value.contains("Children carry ore"));

        Reported named = report(new WebSession(port), "ENVIRONMENT", "Acme Smelter",
                "Tailings from the smelter flow into the river near the village.", "Jo, +1 555 0100");
        assertThat(jdbc.queryForObject("SELECT contact FROM grievance WHERE id = ?", String.class, named.id()))
                .isEqualTo("Jo, +1 555 0100");
    }

    @Test
    void aFollowUpLinkOpensOnlyItsOwnGrievance() {
        Reported first = report(new WebSession(port), "SMELTER_SOURCING", "Refinery One",
                "First report: the refinery buys from an unlicensed trader.", "");
        Reported second = report(new WebSession(port), "OTHER", "Supplier Two",
                "Second report: a supplier falsified its CMRT answers.", "");
        WebSession stranger = new WebSession(port);

        String firstPage = stranger.get(first.followUpPath()).body();
        assertThat(firstPage).contains(first.reference()).contains("unlicensed trader")
                .doesNotContain(second.reference()).doesNotContain("falsified");
        assertThat(stranger.get(second.followUpPath()).body()).contains("falsified").doesNotContain("unlicensed trader");

        String tampered = first.followUpPath().substring(0, first.followUpPath().length() - 1)
                + (first.followUpPath().endsWith("A") ? "B" : "A");
        HttpResponse<String> wrong = stranger.get(tampered);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).doesNotContain("unlicensed trader");

        String csrf = WebSession.csrfTokenOf(firstPage);
        HttpResponse<String> added = stranger.postForm(first.followUpPath(),
                form(Map.of("_csrf", csrf, "text", "Addition: the trader's trucks are blue.")));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(stranger.get(first.followUpPath()).body()).contains("trucks are blue");
        assertThat(stranger.get(second.followUpPath()).body()).doesNotContain("trucks are blue");

        answer(first, "Thank you, we stopped buying through that trader.");
        String answered = stranger.get(first.followUpPath()).body();
        assertThat(answered).contains("we stopped buying").contains("Answered and closed")
                .doesNotContain("Internal investigation note");
        assertThat(stranger.get(second.followUpPath()).body()).doesNotContain("we stopped buying");
    }

    @Test
    void onlyComplianceOfficersReadGrievancesAndTheAuditTrail() {
        Reported report = report(new WebSession(port), "CONFLICT_FINANCING", "",
                "A militia taxes the tin trade on the road to the border.", "");
        String page = "/grievances/" + report.id();

        assertThat(new WebSession(port).get(page).statusCode()).as("anonymous").isEqualTo(302);
        for (String colleague : List.of("carlos", "erin", "olivia")) {
            WebSession session = new WebSession(port);
            session.logIn(colleague, "demo");
            assertThat(session.get(page).statusCode()).as(colleague).isEqualTo(403);
            assertThat(session.get("/grievances").statusCode()).as(colleague).isEqualTo(403);
            assertThat(session.get("/audit").statusCode()).as(colleague).isEqualTo(403);
        }

        WebSession cora = new WebSession(port);
        cora.logIn("cora", "demo");
        HttpResponse<String> detail = cora.get(page);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("militia taxes the tin trade").contains("none given (anonymous)");
        assertThat(cora.get("/grievances").body()).contains(report.reference());
        assertThat(cora.get("/audit?subjectType=grievance").statusCode()).isEqualTo(200);

        HttpResponse<String> uploaded = cora.upload(page + "/attachments", WebSession.csrfTokenOf(detail.body()),
                "road-photo.txt", "photo placeholder".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        Matcher link = Pattern.compile("href=\"(/grievances/" + report.id() + "/attachments/\\d+)\">road-photo.txt<")
                .matcher(cora.get(page).body());
        assertThat(link.find()).isTrue();
        HttpResponse<String> download = cora.get(link.group(1));
        assertThat(download.body()).isEqualTo("photo placeholder");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        WebSession carlos = new WebSession(port);
        carlos.logIn("carlos", "demo");
        assertThat(carlos.get(link.group(1)).statusCode()).isEqualTo(403);
    }

    @Test
    void theFormNeedsItsCsrfTokenEscapesWhatIsTypedAndKeepsBadInput() {
        WebSession reporter = new WebSession(port);
        reporter.get("/grievance");
        HttpResponse<String> forged = reporter.postForm("/grievance", form(Map.of("category", "OTHER",
                "description", "A forged post from another site without a token.")));
        assertThat(forged.statusCode()).isEqualTo(403);

        String csrf = WebSession.csrfTokenOf(reporter.get("/grievance").body());
        HttpResponse<String> tooShort = reporter.postForm("/grievance", form(Map.of("_csrf", csrf, "category", "OTHER",
                "relatedParty", "Keep <me>", "description", "Too short")));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 20 characters").contains("Too short").contains("Keep &lt;me&gt;");

        Reported hostile = report(reporter, "OTHER", "<b>Bold Refinery</b>",
                "<script>alert('x')</script> is what the supplier's web form contained.", "");
        assertThat(reporter.get(hostile.followUpPath()).body())
                .doesNotContain("<script>alert").contains("&lt;script&gt;alert")
                .doesNotContain("<b>Bold Refinery</b>");
        WebSession cora = new WebSession(port);
        cora.logIn("cora", "demo");
        assertThat(cora.get("/grievances/" + hostile.id()).body()).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert");
    }

    private Reported report(WebSession session, String category, String relatedParty, String description, String contact) {
        String csrf = WebSession.csrfTokenOf(session.get("/grievance").body());
        HttpResponse<String> received = session.postForm("/grievance", form(Map.of("_csrf", csrf, "category", category,
                "relatedParty", relatedParty, "description", description, "contact", contact)));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        return reportedIn(received.body());
    }

    private Reported reportedIn(String html) {
        Matcher reference = REFERENCE.matcher(html);
        Matcher followUp = FOLLOW_UP.matcher(html);
        assertThat(reference.find()).as(html).isTrue();
        assertThat(followUp.find()).as(html).isTrue();
        long id = jdbc.queryForObject("SELECT id FROM grievance WHERE reference = ?", Long.class, reference.group(1));
        return new Reported(reference.group(1), followUp.group(1), id);
    }

    /** Every value kept about a grievance: its row, its entries, its audit trail and its process variables. */
    private List<String> everythingStoredAbout(Reported report) {
        List<String> values = new java.util.ArrayList<>();
        jdbc.queryForList("SELECT * FROM grievance WHERE id = ?", report.id())
                .forEach(row -> row.values().forEach(value -> values.add(String.valueOf(value))));
        jdbc.queryForList("SELECT * FROM grievance_entry WHERE grievance_id = ?", report.id())
                .forEach(row -> row.values().forEach(value -> values.add(String.valueOf(value))));
        jdbc.queryForList("SELECT * FROM audit_entry WHERE subject_type = 'grievance' AND subject_id = ?",
                String.valueOf(report.id())).forEach(row -> row.values().forEach(value -> values.add(String.valueOf(value))));
        String processInstanceId = jdbc.queryForObject("SELECT process_instance_id FROM grievance WHERE id = ?",
                String.class, report.id());
        runtime.getVariables(processInstanceId).values().forEach(value -> values.add(String.valueOf(value)));
        return values;
    }

    /** Works the grievance through the process to a reply, with an internal note the reporter must not see. */
    private void answer(Reported report, String reply) {
        String processInstanceId = jdbc.queryForObject("SELECT process_instance_id FROM grievance WHERE id = ?",
                String.class, report.id());
        identity.setAuthentication("cora", List.of("compliance-officers"));
        try {
            tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
                    Map.of("triageDecision", "INVESTIGATE", "triageNote", "Internal investigation note"));
            tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
                    Map.of("outcome", "RESOLVED", "findings", "Internal investigation note: trader confirmed."));
            tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
                    Map.of("reply", reply));
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElse("");
    }
}
