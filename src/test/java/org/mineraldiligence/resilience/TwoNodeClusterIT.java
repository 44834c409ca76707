package org.mineraldiligence.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes on different loopback ports against one PostgreSQL database, both running the
 * job executor, delivering to one SMTP server. Cycles are launched on node A through the REST API, as
 * a process owner's script or Tasklist would; then nodes are killed, SMTP goes away, PostgreSQL restarts.
 * After each, every supplier must have exactly one message of each kind in the outbox and in the mailbox.
 *
 * Needs MD_TEST_DB_URL (a PostgreSQL server; the test makes its own database there) and, for the
 * restart, MD_TEST_PG_RESTART (the shell command that restarts that server). .ci/run sets both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    /**
     * Enough suppliers for about 24 and 20 launch chunks of 10 once scoped (see the chunk size below): both
     * nodes take chunks, and a kill a quarter into a launch finds chunks locked. Scale is the benchmark's
     * subject, not this test's.
     */
    private static final int SUPPLIERS = 250;
    private static final int SUPPLIERS_UNDER_FAILURE = 200;
    private static final Duration WORK_LIMIT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterDatabase database;
    private Mailbox mailbox;
    private ClusterNode nodeA;
    private ClusterNode nodeB;
    private final HttpClient http = HttpClient.newHttpClient();
    private int kills;

    @BeforeAll
    void startCluster() {
        String url = System.getenv("MD_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as("CI must set MD_TEST_DB_URL").isFalse();
            Assumptions.abort("Cluster tests skipped: set MD_TEST_DB_URL to a PostgreSQL database URL");
        }
        database = ClusterDatabase.recreate(url, System.getenv().getOrDefault("MD_TEST_DB_USER", "postgres"), "md_cluster");
        mailbox = new Mailbox().start();
        // Node A creates the schema alone; B joins an initialised database, as a second node would.
        nodeA = node("node-a").start();
        nodeB = node("node-b").start();
    }

    @AfterAll
    void stopCluster() throws InterruptedException {
        for (AutoCloseable part : new AutoCloseable[] {nodeA, nodeB, mailbox}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                // keep stopping the rest
            }
        }
    }

    @Test
    @Order(1)
    void aCycleLaunchedOnOneNodeIsWorkedByBothAndEachSupplierHearsOncePerStep() {
        Launch launch = launchOn(nodeA, 2091, SUPPLIERS);
        await("every survey request queued", () -> database.messages(launch.cycleId(), "survey-request") >= launch.inScope());

        assertExactlyOnce(launch, "survey-request");
        assertThat(database.surveyInstances(2091)).isEqualTo(launch.inScope());
        assertThat(database.nodesThatRanJobs("reporting-cycle")).containsExactly("node-a", "node-b");

        assertThat(database.makeRemindersDue(2091)).isEqualTo(launch.inScope());
        await("every reminder queued", () -> database.messages(launch.cycleId(), "reminder") >= launch.inScope());
        assertExactlyOnce(launch, "reminder");
        // Each timer fired once and set the next reminder a week on, not a second one now.
        assertThat(database.reminderTimers(2091, "6 days")).isEqualTo(launch.inScope());
        assertThat(database.nodesThatRanJobs("supplier-survey")).containsExactly("node-a", "node-b");
        assertThat(database.incidents()).isZero();
    }

    @Test
    @Order(2)
    void killingANodeMidLaunchAndMidReminderRoundLosesNothingAndDoublesNothing() throws InterruptedException {
        Launch launch = launchOn(nodeA, 2092, SUPPLIERS_UNDER_FAILURE);
        await("a quarter of the surveys started", () -> database.surveysStarted(launch.cycleId()) >= launch.inScope() / 4);
        kill(nodeA);
        assertThat(database.surveysStarted(launch.cycleId())).isLessThan(launch.inScope());
        // Node B takes over the launch chunks node A held once their locks expire, while A starts again, as
        // an operator's restart would; A joins whatever is left when it is up.
        nodeA.launch();
        await("every survey request queued", () -> database.messages(launch.cycleId(), "survey-request") >= launch.inScope());
        assertExactlyOnce(launch, "survey-request");
        assertThat(database.surveyInstances(2092)).isEqualTo(launch.inScope());

        nodeA.awaitHealthy();
        database.makeRemindersDue(2092);
        await("a quarter of the reminders queued", () -> database.messages(launch.cycleId(), "reminder") >= launch.inScope() / 4);
        kill(nodeA);
        // A starts again while B finishes the round and the next test runs; the restart test waits for it.
        nodeA.launch();
        await("every reminder queued", () -> database.messages(launch.cycleId(), "reminder") >= launch.inScope());
        assertExactlyOnce(launch, "reminder");
        assertThat(database.reminderTimers(2092, "6 days")).isEqualTo(launch.inScope());
        assertThat(database.incidents()).isZero();
    }

    @Test
    @Order(3)
    void anSmtpOutageDelaysMailButLosesAndDoublesNone() {
        Launch launch = new Launch(2091, database.cycleId(2091), database.inScope(database.cycleId(2091)));
        mailbox.stop();
        database.makeRemindersDue(2091);
        await("the second reminders queued", () -> database.messages(launch.cycleId(), "reminder") >= 2 * launch.inScope());
        await("delivery attempts failing", () -> database.count(
                "SELECT COUNT(*) FROM outbound_message WHERE cycle_id = ? AND status = 'QUEUED' AND attempts > 0",
                launch.cycleId()) > 0);
        ClusterNode.sleep(Duration.ofSeconds(5));
        assertThat(database.unsent(launch.cycleId(), "reminder")).isEqualTo(launch.inScope());
        mailbox.start();

        await("every reminder delivered", () -> database.unsent(launch.cycleId(), "reminder") == 0);
        Map<Long, Long> copies = mailbox.copiesByOutboxId();
        List<Long> reminders = outboxIds(launch.cycleId(), "reminder");
        assertThat(reminders).hasSize(2 * (int) launch.inScope()).allSatisfy(id -> assertThat(copies.get(id)).isEqualTo(1L));
        assertThat(database.incidents()).isZero();
    }

    @Test
    @Order(4)
    void aPostgresRestartDuringAReminderRoundIsRiddenOut() throws Exception {
        String restart = System.getenv("MD_TEST_PG_RESTART");
        if (restart == null || restart.isBlank()) {
            assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as("CI must set MD_TEST_PG_RESTART").isFalse();
            Assumptions.abort("PostgreSQL restart skipped: set MD_TEST_PG_RESTART to the command that restarts it");
        }
        nodeA.awaitHealthy();
        Launch launch = new Launch(2092, database.cycleId(2092), database.inScope(database.cycleId(2092)));
        database.makeRemindersDue(2092);
        await("some second reminders queued", () -> database.messages(launch.cycleId(), "reminder") > launch.inScope() + launch.inScope() / 5);
        Process process = new ProcessBuilder("sh", "-c", restart).inheritIO().start();
        assertThat(process.waitFor()).as("exit code of " + restart).isZero();

        await("every second reminder queued", () -> database.messages(launch.cycleId(), "reminder") >= 2 * launch.inScope());
        await("every reminder delivered", () -> database.unsent(launch.cycleId(), "reminder") == 0);
        assertThat(database.suppliersWithoutExactlyOne(launch.cycleId(), "survey-request")).isZero();
        assertThat(database.suppliersWithout(launch.cycleId(), "reminder", 2)).isZero();
        assertThat(database.incidents()).isZero();
        assertThat(nodeA.isHealthy() && nodeB.isHealthy()).as("both nodes healthy after the restart").isTrue();
    }

    record Launch(int year, long cycleId, long inScope) {
    }

    /** New suppliers, then a cycle started and its scope confirmed through node's REST API as the admin. */
    private Launch launchOn(ClusterNode node, int year, int suppliers) {
        database.replaceSuppliers("C" + year, suppliers);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reportingYear", year);
        variables.put("responseDeadline", LocalDate.now().plusDays(60).toString());
        variables.put("reminderIntervalDays", 7);
        variables.put("maxReminders", 3);
        variables.put("maxInvalidAttempts", 3);
        variables.put("escalationGraceDays", 14);
        variables.put("minCmrtRevision", "6.31");
        rest(node, "POST", "/engine-rest/process-definition/key/reporting-cycle/start", Map.of("variables", typed(variables)));
        String taskId = awaitValue("Confirm scope of RY" + year, () -> {
            JsonNode tasks = rest(node, "GET", "/engine-rest/task?processInstanceBusinessKey=RY" + year, null);
            return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
        });
        long cycleId = database.cycleId(year);
        long inScope = database.inScope(cycleId);
        assertThat(inScope).isGreaterThan(suppliers * 9L / 10);
        rest(node, "POST", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", typed(Map.of("scopeConfirmed", true))));
        return new Launch(year, cycleId, inScope);
    }

    /**
     * Exactly one outbox message of the kind per in-scope supplier, each sent, each in the mailbox once.
     * A node killed between the SMTP server's acceptance and recording it may send one message again; the
     * copy has the same Message-ID, and there can be no more of them than kills.
     */
    private void assertExactlyOnce(Launch launch, String template) {
        assertThat(database.suppliersWithoutExactlyOne(launch.cycleId(), template)).as(template + " per supplier").isZero();
        await("every " + template + " delivered", () -> database.unsent(launch.cycleId(), template) == 0);
        Map<Long, Long> copies = mailbox.copiesByOutboxId();
        List<Long> ids = outboxIds(launch.cycleId(), template);
        assertThat(ids).allSatisfy(id -> assertThat(copies.get(id)).as("copies of message " + id).isNotNull());
        long doubled = ids.stream().filter(id -> copies.get(id) > 1).count();
        assertThat(doubled).as(template + " messages delivered twice").isLessThanOrEqualTo(kills);
    }

    private void kill(ClusterNode node) throws InterruptedException {
        node.kill();
        kills++;
    }

    private List<Long> outboxIds(long cycleId, String template) {
        return database.jdbc().queryForList("SELECT id FROM outbound_message WHERE cycle_id = ? AND template_name = ?",
                Long.class, cycleId, template);
    }

    private ClusterNode node(String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "postgres");
        settings.put("spring.datasource.url", database.url());
        settings.put("spring.datasource.username", database.user());
        settings.put("spring.datasource.password", "");
        settings.put("DB_PASSWORD", "set-for-the-profile-check");
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", String.valueOf(mailbox.port()));
        settings.put("camunda.bpm.admin-user.id", "admin");
        settings.put("ADMIN_PASSWORD", "admin");
        // Production values shortened so that a test waits seconds, not minutes: how long a dead node's
        // jobs stay locked, how often an idle executor looks for due jobs, how failed jobs and mails retry.
        settings.put("camunda.bpm.job-execution.lock-time-in-millis", "10000");
        settings.put("camunda.bpm.job-execution.max-wait", "2000");
        settings.put("camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle", "R5/PT3S");
        settings.put("mineral-diligence.cycle.launch-chunk-size", "10");
        // The cluster's suppliers spend in EUR only: no exchange rate is needed.
        settings.put("mineral-diligence.cycle.reporting-currency", "EUR");
        settings.put("mineral-diligence.mail.poll-interval", "PT1S");
        settings.put("mineral-diligence.mail.initial-backoff", "PT2S");
        settings.put("mineral-diligence.mail.max-attempts", "8");
        settings.put("mineral-diligence.mail.lock-duration", "PT10S");
        settings.put("logging.level.root", "WARN");
        return new ClusterNode(name, ClusterNode.freePort(), settings);
    }

    private JsonNode rest(ClusterNode node, String method, String path, Object body) {
        try {
            String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                    .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30));
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }

    private static void await(String what, BooleanSupplier condition) {
        awaitValue(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    private static <T> T awaitValue(String what, java.util.function.Supplier<T> value) {
        long deadline = System.nanoTime() + WORK_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                T result = value.get();
                if (result != null) {
                    return result;
                }
            } catch (RuntimeException e) {
                // the database or a node may be restarting; ask again
            }
            ClusterNode.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("not within " + WORK_LIMIT + ": " + what);
    }
}
