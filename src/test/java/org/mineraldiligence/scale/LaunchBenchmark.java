package org.mineraldiligence.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.mineraldiligence.MineralDiligenceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Launches reporting cycles of generated suppliers on PostgreSQL with the job executor running, as in
 * production, and measures the time from "scope confirmed" until every in-scope supplier's survey request
 * is in the outbox, then the time one reminder round takes once the engine's clock has passed the reminder
 * date, the peak heap and the dashboard's median response time; then the throughput of the "Check CMRT"
 * step on the job executor ({@link CheckThroughput}). Sizes grow in one run, so the figures compare with each other.
 * Not part of `./mvnw verify`:
 *
 *   MD_BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/md_bench ./mvnw -q -Pscale-bench test-compile exec:exec
 *
 * The database should be empty (a fresh one); earlier runs' suppliers are set indirect so they fall out
 * of the next cycle's scope.
 */
public final class LaunchBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final int REMINDER_INTERVAL_DAYS = 7;
    private static final int CHECKED_WORKBOOKS = 300;

    record Figure(int suppliers, long cycleId, long inScope, Duration queued, Duration reminded, long peakHeapMb,
                  Duration dashboard) {
    }

    private LaunchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("MD_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/md_bench");
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1000, 5000};
        // System properties outrank the postgres profile's own settings (default properties would not).
        Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                "spring.datasource.password", "", "spring.mail.host", "", "server.port", "0",
                "mineral-diligence.cycle.reporting-currency", "EUR",
                "logging.level.root", "warn", "logging.level.org.camunda", "warn",
                // The test classpath carries process test coverage; a benchmark is no test.
                "spring.autoconfigure.exclude",
                "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration")
                .forEach(System::setProperty);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MineralDiligenceApplication.class)
                .profiles("postgres")
                .run();
        ScheduledExecutorService autovacuum = autovacuum(app.getBean(JdbcTemplate.class));
        try {
            List<Figure> figures = new ArrayList<>();
            int year = 3000;
            for (int size : sizes) {
                figures.add(launch(app, size, year++));
            }
            CheckThroughput.Figure checks = CheckThroughput.measure(app, figures.get(0).cycleId(), CHECKED_WORKBOOKS);
            System.out.printf("%nsuppliers  in scope  survey requests queued  reminder round fired  peak heap  dashboard median%n");
            figures.forEach(f -> System.out.printf("%9d  %8d  %20.1f s  %18.1f s  %6d MB  %13d ms%n", f.suppliers(),
                    f.inScope(), seconds(f.queued()), seconds(f.reminded()), f.peakHeapMb(), f.dashboard().toMillis()));
            for (int i = 1; i < figures.size(); i++) {
                Figure base = figures.get(i - 1);
                Figure next = figures.get(i);
                System.out.printf("%d -> %d suppliers (x%.1f): launch x%.2f, reminder round x%.2f%n",
                        base.suppliers(), next.suppliers(), (double) next.suppliers() / base.suppliers(),
                        seconds(next.queued()) / seconds(base.queued()),
                        seconds(next.reminded()) / seconds(base.reminded()));
            }
            System.out.printf("Check CMRT on the job executor: %d workbooks, %.1f per second; the checker alone on one "
                    + "thread: %.1f per second (x%.2f)%n", checks.workbooks(), checks.perSecond(),
                    checks.baselinePerSecond(), checks.ratio());
        } finally {
            autovacuum.shutdownNow();
            app.close();
        }
    }

    private static Figure launch(ConfigurableApplicationContext app, int size, int year) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        generateSuppliers(jdbc, size, year);
        runtime.startProcessInstanceByKey("reporting-cycle", Map.of("reportingYear", year,
                "responseDeadline", LocalDate.now().plusDays(60).toString(), "reminderIntervalDays", REMINDER_INTERVAL_DAYS,
                "maxReminders", 3, "maxInvalidAttempts", 3, "escalationGraceDays", 14, "minCmrtRevision", "6.31"));
        Task confirm = waitFor(() -> tasks.createTaskQuery().processInstanceBusinessKey("RY" + year).singleResult());
        Long cycleId = jdbc.queryForObject("SELECT id FROM reporting_cycle WHERE reporting_year = ?", Long.class, year);
        long inScope = jdbc.queryForObject("SELECT COUNT(*) FROM cycle_scope WHERE cycle_id = ? AND included",
                Long.class, cycleId);
        resetPeakHeap();
        long start = System.nanoTime();
        tasks.complete(confirm.getId(), Map.of("scopeConfirmed", true));
        waitForMessages(jdbc, cycleId, "survey-request", inScope);
        Duration queued = Duration.ofNanos(System.nanoTime() - start);

        // One reminder round: the engine's clock passes the reminder interval, every reminder timer is due.
        ProcessEngineConfigurationImpl engine = app.getBean(ProcessEngineConfigurationImpl.class);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(REMINDER_INTERVAL_DAYS).plusHours(1))));
        try {
            start = System.nanoTime();
            engine.getJobExecutor().jobWasAdded();
            waitForMessages(jdbc, cycleId, "reminder", inScope);
            Duration reminded = Duration.ofNanos(System.nanoTime() - start);
            long peakHeap = peakHeapMb();
            return new Figure(size, cycleId, inScope, queued, reminded, peakHeap, new DashboardTiming(app).median(cycleId));
        } finally {
            ClockUtil.reset();
        }
    }

    private static void waitForMessages(JdbcTemplate jdbc, long cycleId, String template, long count)
            throws InterruptedException {
        waitFor(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbound_message WHERE cycle_id = ? AND template_name = ?",
                Long.class, cycleId, template) >= count ? Boolean.TRUE : null);
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

    /**
     * What PostgreSQL's autovacuum daemon does on its own (on by default, off on this machine): fresh table
     * statistics every little while, so that plans fit tables that grow by tens of thousands of rows in a
     * minute. Without them a plan made for a table a tenth of its size made a reminder round crawl.
     */
    private static ScheduledExecutorService autovacuum(JdbcTemplate jdbc) {
        ScheduledExecutorService daemon = Executors.newSingleThreadScheduledExecutor();
        daemon.scheduleWithFixedDelay(() -> jdbc.execute("ANALYZE"), 0, 15, TimeUnit.SECONDS);
        return daemon;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
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
