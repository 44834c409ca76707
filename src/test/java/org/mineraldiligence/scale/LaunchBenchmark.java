package org.mineraldiligence.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mineraldiligence.MineralDiligenceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Launches reporting cycles of generated suppliers on PostgreSQL with the job executor running, as in
 * production, and measures the time from "scope confirmed" until every in-scope supplier's survey request
 * is in the outbox, plus the peak heap. Sizes grow in one run, so the figures compare with each other.
 * Not part of `./mvnw verify`:
 *
 *   MD_BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/md_bench ./mvnw -q -Pscale-bench test-compile exec:exec
 *
 * The database should be empty (a fresh one); earlier runs' suppliers are set indirect so they fall out
 * of the next cycle's scope.
 */
public final class LaunchBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(20);

    record Figure(int suppliers, long inScope, Duration queued, long peakHeapMb) {
    }

    private LaunchBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = System.getenv().getOrDefault("MD_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/md_bench");
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1000, 5000};
        // System properties outrank the postgres profile's own settings (default properties would not).
        Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                "spring.datasource.password", "", "spring.mail.host", "", "server.port", "0",
                "logging.level.root", "warn", "logging.level.org.camunda", "warn",
                // The test classpath carries process test coverage; a benchmark is no test.
                "spring.autoconfigure.exclude",
                "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration")
                .forEach(System::setProperty);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MineralDiligenceApplication.class)
                .profiles("postgres")
                .run();
        try {
            List<Figure> figures = new ArrayList<>();
            int year = 3000;
            for (int size : sizes) {
                figures.add(launch(app, size, year++));
            }
            System.out.printf("%nsuppliers  in scope  all survey requests queued  peak heap%n");
            figures.forEach(f -> System.out.printf("%9d  %8d  %22.1f s  %6d MB%n", f.suppliers(), f.inScope(),
                    f.queued().toMillis() / 1000.0, f.peakHeapMb()));
            if (figures.size() > 1) {
                Figure first = figures.get(0);
                Figure last = figures.get(figures.size() - 1);
                System.out.printf("time ratio %d/%d suppliers: %.2f (linear would be %.2f)%n", last.suppliers(),
                        first.suppliers(), (double) last.queued().toMillis() / first.queued().toMillis(),
                        (double) last.suppliers() / first.suppliers());
            }
        } finally {
            app.close();
        }
    }

    private static Figure launch(ConfigurableApplicationContext app, int size, int year) throws InterruptedException {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        generateSuppliers(jdbc, size, year);
        runtime.startProcessInstanceByKey("reporting-cycle", Map.of("reportingYear", year,
                "responseDeadline", LocalDate.now().plusDays(60).toString(), "reminderIntervalDays", 7,
                "maxReminders", 3, "maxInvalidAttempts", 3, "escalationGraceDays", 14, "minCmrtRevision", "6.31"));
        Task confirm = waitFor(() -> tasks.createTaskQuery().processInstanceBusinessKey("RY" + year).singleResult());
        Long cycleId = jdbc.queryForObject("SELECT id FROM reporting_cycle WHERE reporting_year = ?", Long.class, year);
        long inScope = jdbc.queryForObject("SELECT COUNT(*) FROM cycle_scope WHERE cycle_id = ? AND included",
                Long.class, cycleId);
        resetPeakHeap();
        long start = System.nanoTime();
        tasks.complete(confirm.getId(), Map.of("scopeConfirmed", true));
        waitFor(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbound_message WHERE cycle_id = ? AND template_name = ?",
                Long.class, cycleId, "survey-request") >= inScope ? Boolean.TRUE : null);
        Duration queued = Duration.ofNanos(System.nanoTime() - start);
        return new Figure(size, inScope, queued, peakHeapMb());
    }

    /** Suppliers with a spread of spend, one contact each; earlier runs' suppliers leave the scope. */
    private static void generateSuppliers(JdbcTemplate jdbc, int size, int year) {
        jdbc.update("UPDATE supplier SET direct = FALSE");
        List<Object[]> suppliers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            suppliers.add(new Object[] {"B" + year + "-" + i, "Bench Supplier " + i, "Germany",
                    1_000_000 - i * (900_000.0 / size), "EUR"});
        }
        jdbc.batchUpdate("INSERT INTO supplier (code, name, country, annual_spend, currency, direct) "
                + "VALUES (?, ?, ?, ?, ?, TRUE)", suppliers);
        jdbc.update("INSERT INTO supplier_contact (supplier_id, name, email, is_primary) "
                + "SELECT id, 'Contact', LOWER(code) || '@bench.example', TRUE FROM supplier WHERE code LIKE ?",
                "B" + year + "-%");
    }

    private static <T> T waitFor(java.util.function.Supplier<T> check) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            T value = check.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not done within " + LIMIT);
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
