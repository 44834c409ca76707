package org.mineraldiligence.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.web.SecretTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A grievance arrives at an odd moment (14:23:45.678), compliance officers work it through /engine-rest
 * hours later; afterwards neither Camunda's history (read through the REST history endpoints and straight
 * from every history table) nor our tables nor the log tell more than the day, and the texts the process
 * moved into our tables are nowhere in Camunda's history, deleted variables included. H2 and PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class GrievanceAnonymityContract {

    static final String OFFICER = "anon-officer", PASSWORD = "Anonymity-pass-1";
    static final String TRIAGE_NOTE = "Triage-note-4711 the reporter drives the truck",
            FINDINGS = "Findings-4712 confirmed by the ledger of the trader", REPLY = "Reply-4713 we stopped buying there";
    /** Camunda REST's date format, e.g. 2026-12-03T00:00:00.000+0000. */
    static final Pattern REST_DATE = Pattern.compile("\"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4})\"");

    @LocalServerPort
    int port;
    @Autowired
    Grievances grievances;
    @Autowired
    GrievanceRepository records;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    WebSession http;

    @BeforeEach
    void officer() {
        http = new WebSession(port);
        if (identity.createUserQuery().userId(OFFICER).count() == 0) {
            User user = identity.newUser(OFFICER);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(OFFICER, Role.COMPLIANCE_OFFICER.groupId());
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aGrievanceKeepsOnlyItsDayOfArrivalAndNoRemovedTextInCamundasHistory(CapturedOutput log) throws Exception {
        Instant arrival = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3))
                .plus(Duration.parse("PT14H23M45.678S"));
        ClockUtil.setCurrentTime(Date.from(arrival));
        Grievances.Receipt receipt = grievances.submit(new GrievanceReport(GrievanceCategory.HUMAN_RIGHTS,
                "Fictional Smelter", "Children carry the ore at the Fictional mine.", null));
        Grievance grievance = records.findByFollowUpHash(SecretTokens.hash(receipt.followUpToken())).orElseThrow();
        String instance = grievance.getProcessInstanceId();

        // While the triage waits: the running task and its history say the day only.
        JsonNode triage = single(rest("GET", "/task?processInstanceId=" + instance, null));
        assertDaysOnly("running task", triage.toString());
        assertThat(jdbc.queryForObject("SELECT CREATE_TIME_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", Timestamp.class,
                instance).toInstant()).isEqualTo(arrival.truncatedTo(ChronoUnit.DAYS));

        work(arrival.plus(Duration.ofMinutes(67)), "{\"triageDecision\": {\"value\": \"INVESTIGATE\"},"
                + " \"triageNote\": {\"value\": \"" + TRIAGE_NOTE + "\"}}", instance);
        work(arrival.plus(Duration.ofMinutes(131)), "{\"outcome\": {\"value\": \"RESOLVED\"},"
                + " \"findings\": {\"value\": \"" + FINDINGS + "\"}}", instance);
        work(arrival.plus(Duration.ofMinutes(199)), "{\"reply\": {\"value\": \"" + REPLY + "\"}}", instance);
        assertThat(records.findById(grievance.getId()).orElseThrow().getStatus()).isEqualTo(GrievanceStatus.ANSWERED);

        // The REST history endpoints, as a compliance officer reads them.
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/history/process-instance?processInstanceId=" + instance,
                "/history/activity-instance?processInstanceId=" + instance,
                "/history/task?processInstanceId=" + instance,
                "/history/variable-instance?includeDeleted=true&deserializeValues=false&processInstanceId=" + instance,
                "/history/user-operation?processInstanceId=" + instance,
                "/history/job-log?processInstanceId=" + instance,
                "/history/incident?processInstanceId=" + instance,
                "/history/detail?processInstanceId=" + instance)) {
            HttpResponse<String> answer = rest("GET", path, null);
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
            answers.add(answer.body());
            assertDaysOnly(path, answer.body());
            assertThat(answer.body()).as(path).doesNotContain("Triage-note-4711", "Findings-4712", "Reply-4713");
        }
        for (JsonNode task : json.readTree(answers.get(2))) {
            String links = rest("GET", "/history/identity-link-log?taskId=" + task.get("id").asText(), null).body();
            assertThat(links).contains("compliance-officers");
            assertDaysOnly("identity links", links);
        }
        JsonNode ended = single(answers.get(0));
        assertThat(ended.get("endTime").isNull()).isFalse();
        assertThat(ended.get("removalTime").isNull()).as("history cleanup still removes it").isFalse();
        JsonNode variables = json.readTree(answers.get(3));
        List<String> names = new ArrayList<>();
        variables.forEach(variable -> names.add(variable.get("name").asText()));
        assertThat(names).contains("grievanceId", "triageDecision", "outcome")
                .doesNotContain("triageNote", "findings", "reply", "escalationSummary", "executiveInstructions");
        assertThat(json.readTree(answers.get(1)).size()).as("activities").isGreaterThan(5);
        answers.forEach(answer -> {
            Matcher duration = Pattern.compile("\"durationInMillis\":(\\d+)").matcher(answer);
            while (duration.find()) {
                assertThat(Long.parseLong(duration.group(1)) % 86_400_000L).as("durations in whole days").isZero();
            }
        });

        // Every history table straight from the database: every time a midnight, no removed text anywhere.
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
                "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG",
                "ACT_HI_EXT_TASK_LOG", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_GE_BYTEARRAY")) {
            jdbc.query("SELECT * FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?", row -> {
                ResultSetMetaData columns = row.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String where = table + "." + columns.getColumnName(i);
                    if (columns.getColumnType(i) == Types.TIMESTAMP || columns.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE) {
                        Timestamp time = row.getTimestamp(i);
                        if (time != null) {
                            assertThat(time.toInstant()).as(where).isEqualTo(time.toInstant().truncatedTo(ChronoUnit.DAYS));
                        }
                    } else {
                        Object value = row.getObject(i);
                        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                : String.valueOf(value);
                        assertThat(text).as(where).doesNotContain("Triage-note-4711", "Findings-4712", "Reply-4713");
                    }
                }
            }, instance);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ROOT_PROC_INST_ID_ = ?",
                Integer.class, instance)).isGreaterThan(5);

        // Our own tables: the grievance has its day, its task decisions the day and the choice, no text.
        assertThat(records.findById(grievance.getId()).orElseThrow().getReceivedOn())
                .isEqualTo(arrival.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
        List<Timestamp> decided = jdbc.queryForList("SELECT decided_at FROM task_decision WHERE process_instance_id = ?",
                Timestamp.class, instance);
        assertThat(decided).hasSize(3).allSatisfy(time -> assertThat(time.toInstant())
                .isEqualTo(arrival.truncatedTo(ChronoUnit.DAYS)));
        assertThat(jdbc.queryForList("SELECT note FROM task_decision WHERE process_instance_id = ?", String.class,
                instance)).containsOnlyNulls();
        assertThat(jdbc.queryForList("SELECT choice FROM task_decision WHERE process_instance_id = ? ORDER BY id",
                String.class, instance)).startsWith("INVESTIGATE", "RESOLVED");
        // The moved texts are where the officers read them: on the grievance's page, from our tables.
        WebSession page = new WebSession(port);
        page.logIn(OFFICER, PASSWORD);
        assertThat(page.get("/grievances/" + grievance.getId()).body()).contains(FINDINGS).contains(REPLY);

        assertThat(log.getAll()).doesNotContain("14:23:45").doesNotContain(receipt.reference());
    }

    private void work(Instant when, String variables, String instance) {
        ClockUtil.setCurrentTime(Date.from(when));
        JsonNode task = single(rest("GET", "/task?processInstanceId=" + instance, null).body());
        String id = task.get("id").asText();
        assertThat(rest("POST", "/task/" + id + "/claim", "{\"userId\": \"" + OFFICER + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> done = rest("POST", "/task/" + id + "/submit-form", "{\"variables\": " + variables + "}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    private void assertDaysOnly(String what, String body) {
        Matcher date = REST_DATE.matcher(body);
        int found = 0;
        while (date.find()) {
            found++;
            Instant time = OffsetDateTime.parse(date.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                    .toInstant();
            assertThat(time).as(what + ": " + date.group(1)).isEqualTo(time.truncatedTo(ChronoUnit.DAYS));
        }
        if (!body.equals("[]")) {
            assertThat(found).as(what + " has times to check").isPositive();
        }
    }

    private JsonNode single(HttpResponse<String> answer) {
        return single(answer.body());
    }

    private JsonNode single(String body) {
        try {
            JsonNode list = json.readTree(body);
            assertThat(list.size()).as(body).isEqualTo(1);
            return list.get(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private HttpResponse<String> rest(String method, String path, String body) {
        String token = Base64.getEncoder().encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/engine-rest" + path))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
