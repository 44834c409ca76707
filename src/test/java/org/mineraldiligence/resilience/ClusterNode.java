package org.mineraldiligence.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar in a JVM of its own, on its own loopback port, with the
 * {@code postgres} profile. Several of them against one database form the cluster Camunda 7 supports.
 * {@link #kill()} is {@code kill -9}: no shutdown hook, no clean release of locks.
 */
final class ClusterNode implements AutoCloseable {

    static final Path JAR = Path.of("target", "mineral-diligence.jar");
    static final Path LOGS = Path.of("target", "resilience");
    /** Where the jar is unpacked once per test run: every node starts from these files. */
    static final Path EXTRACTED = LOGS.resolve("app");
    private static boolean extracted;
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final Map<String, String> settings;
    private Process process;

    ClusterNode(String name, int port, Map<String, String> settings) {
        this.name = name;
        this.port = port;
        this.settings = settings;
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the JVM and returns once the node answers its health check. */
    ClusterNode start() {
        return launch().awaitHealthy();
    }

    /**
     * Starts the JVM and returns at once: a node takes half a minute or more to start, which the test spends
     * on work the other node does meanwhile. {@link #awaitHealthy()} waits for it.
     */
    ClusterNode launch() {
        Path jar = extractedJar();
        // C1 only: in a node that lives a few minutes, JIT compilation took a quarter of its CPU, and the two
        // nodes, PostgreSQL and the test share the machine's cores (README, "Scale and resilience").
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()));
        command.add("--server.port=" + port);
        // The engine writes this name into the job log, which shows which node ran which job.
        command.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@code kill -9}: the node stops mid-transaction, holding whatever jobs and messages it had locked. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isHealthy() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Returns once the node answers its health check, and says in the test's output how long that took; fails
     * when the node exited or did not answer within the limit.
     */
    ClusterNode awaitHealthy() {
        long waitingSince = System.nanoTime();
        long deadline = waitingSince + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + LOGS.resolve(name + ".log"));
            }
            if (isHealthy()) {
                System.out.printf("%s healthy after %.1f s of waiting%n", name, (System.nanoTime() - waitingSince) / 1e9);
                return this;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " was not healthy within " + START_LIMIT);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /**
     * The packaged jar unpacked with Spring Boot's {@code jarmode=tools extract}: the application jar beside
     * its libraries as plain jars. A node starts from it in about three quarters of the time it takes from
     * the nested jars of the fat jar (README, "Scale and resilience").
     */
    private static synchronized Path extractedJar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the resilience tests run after `package` (./mvnw verify)");
        }
        if (!extracted) {
            run(List.of(javaExecutable(), "-Djarmode=tools", "-jar", JAR.toString(), "extract",
                    "--destination", EXTRACTED.toString(), "--force"));
            extracted = true;
        }
        return EXTRACTED.resolve(JAR.getFileName());
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A loopback port nothing listens on now, for a node or the mail server. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
