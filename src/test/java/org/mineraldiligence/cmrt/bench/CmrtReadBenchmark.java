package org.mineraldiligence.cmrt.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.EmrtFixture;
import org.mineraldiligence.cmrt.XlsTwin;
import org.mineraldiligence.cmrt.check.CmrtChecker;

/**
 * Repeatable harness (not a test; never runs in {@code mvn verify}): times the complete streaming check
 * against POI's {@code XSSFWorkbook} load of the same file in one run, prints medians and the ratio,
 * the bytes allocated per parse, and then proves the heap bound by re-running the streaming check in
 * child JVMs capped at -Xmx64m (two concurrent parses) - and XSSFWorkbook under the same cap.
 * <p>
 * The same file saved as Excel 97-2003 ({@link XlsTwin}) is checked in the same loop, alternating with the
 * .xlsx, so that both see the same machine load: its ratio to the .xlsx is the figure the .xls reader is
 * held to (within 10x), and POI's whole-workbook {@code HSSFWorkbook} load of it is the "before".
 * Without a file argument the blank EMRT 2.1 and one filled with POI from it are measured next, so the EMRT's
 * cost is a ratio against the CMRT's under the same load.
 *
 * <pre>./mvnw -q -o -Pcmrt-bench test-compile exec:exec</pre>
 */
public final class CmrtReadBenchmark {

    private static final String CHILD_HEAP = "-Xmx64m";

    private CmrtReadBenchmark() {
    }

    /** One measured series: wall time, thread CPU time and bytes allocated by this thread, per run. */
    private static final class Series {
        final long[] wall;
        final long[] cpu;
        long allocated;

        Series(int runs) {
            wall = new long[runs];
            cpu = new long[runs];
        }

        void time(int i, Work work) throws Exception {
            long a0 = allocatedBytes();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            work.run();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = cpuNanos() - c0;
            allocated += allocatedBytes() - a0;
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-44s %3d runs: median %8.1f ms, p10 %8.1f ms, p90 %8.1f ms, "
                            + "thread CPU median %8.1f ms, allocated %7.1f MB/run", what, wall.length, median(wall),
                    pct(wall, 10), pct(wall, 90), median(cpu), allocated / 1e6 / wall.length);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child-streaming")) {
            childStreaming(Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--child-usermodel")) {
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new File(args[1]), null, true)) {
                System.out.println("sheets " + wb.getNumberOfSheets());
            }
            return;
        }
        int streamingRuns = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int xssfRuns = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int hssfRuns = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        CmrtChecker checker = CmrtChecker.withDefaults().alsoEmrt();
        Path file = args.length > 0 ? Path.of(args[0]) : resource("RMI_CMRT_6.4-english.xlsx");
        double cmrt = measure(file, xlsTwin(file), checker, streamingRuns, xssfRuns, hssfRuns);
        if (args.length > 0) {
            return;
        }
        Path filledEmrt = Files.createTempFile("emrt-2.1-filled", ".xlsx");
        filledEmrt.toFile().deleteOnExit();
        Files.write(filledEmrt, EmrtFixture.validEmrt("2.1"));
        double blank = measure(resource("RMI_EMRT_2.1.xlsx"), null, checker, streamingRuns, xssfRuns, 0);
        double filled = measure(filledEmrt, null, checker, streamingRuns, xssfRuns, 0);
        System.out.printf(Locale.ROOT, "%nsame run, streaming check thread CPU: EMRT 2.1 blank / CMRT 6.4 %.2f, "
                + "EMRT 2.1 filled / CMRT 6.4 %.2f%n", blank / cmrt, filled / cmrt);
    }

    /**
     * Times one file (and its .xls twin in the same loop when given); returns the streaming check's median
     * thread CPU time in ms.
     */
    private static double measure(Path file, Path xls, CmrtChecker checker, int streamingRuns, int xssfRuns,
                                  int hssfRuns) throws Exception {

        System.out.printf(Locale.ROOT, "%nfile: %s (%,d bytes)%s, %d cores, java %s%n", file.getFileName(),
                Files.size(file), xls == null ? "" : String.format(Locale.ROOT, ", its .xls twin (%,d bytes)",
                        Files.size(xls)), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        CheckResult first = checker.check(file);
        System.out.printf(Locale.ROOT, "result: %s %s, %d findings, %s%s%n", first.templateType(),
                first.templateVersion(), first.findings().size(), first.verdict(),
                xls == null ? "" : "; the .xls twin gives the same report: " + sameReport(first, checker.check(xls)));

        for (int i = 0; i < 50; i++) {
            checker.check(file); // warm-up: JIT
            if (xls != null) {
                checker.check(xls);
            }
        }
        Series streaming = new Series(streamingRuns);
        Series streamingXls = new Series(streamingRuns);
        for (int i = 0; i < streamingRuns; i++) {
            streaming.time(i, () -> checker.check(file));
            if (xls != null) {
                streamingXls.time(i, () -> checker.check(xls));
            }
        }
        for (int i = 0; i < 3; i++) {
            loadXssf(file); // warm-up
        }
        Series xssf = new Series(xssfRuns);
        for (int i = 0; i < xssfRuns; i++) {
            xssf.time(i, () -> loadXssf(file));
        }
        Series hssf = xls == null ? null : hssf(xls, hssfRuns);

        System.out.println(streaming.line("streaming check .xlsx (read + all rules)"));
        if (xls != null) {
            System.out.println(streamingXls.line("streaming check .xls twin (read + all rules)"));
        }
        System.out.println(xssf.line("XSSFWorkbook load only (.xlsx)"));
        if (hssf != null) {
            System.out.println(hssf.line("HSSFWorkbook load only (.xls twin)"));
        }
        double s = median(streaming.wall);
        double x = median(xssf.wall);
        System.out.printf(Locale.ROOT, "ratio: streaming is %.1fx faster than XSSFWorkbook (target >= 10x, <= 60 ms)%n", x / s);
        // wall time suffers when other builds share the two cores; thread CPU time shows the work itself
        System.out.printf(Locale.ROOT, "thread CPU time: streaming median %.1f ms, XSSFWorkbook median %.1f ms (%.1fx); "
                + "load average %.1f%n", median(streaming.cpu), median(xssf.cpu), median(xssf.cpu) / median(streaming.cpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (xls != null) {
            System.out.printf(Locale.ROOT, ".xls twin / .xlsx: thread CPU %.2fx, wall %.2fx, allocated %.2fx (target <= 10x)%n",
                    median(streamingXls.cpu) / median(streaming.cpu), median(streamingXls.wall) / median(streaming.wall),
                    (double) streamingXls.allocated / streaming.allocated);
        }
        if (hssf != null) {
            System.out.printf(Locale.ROOT, "HSSFWorkbook load / streaming .xls check: thread CPU %.1fx, allocated %.1fx%n",
                    median(hssf.cpu) / median(streamingXls.cpu), (double) hssf.allocated / hssfRuns
                            / (streamingXls.allocated / (double) streamingRuns));
        }

        System.out.println("heap bound, child JVM " + CHILD_HEAP + ", 2 concurrent streaming parses x 25, .xlsx:     "
                + child("--child-streaming", file));
        System.out.println("heap bound, child JVM " + CHILD_HEAP + ", one XSSFWorkbook load (.xlsx):              "
                + child("--child-usermodel", file));
        if (xls != null) {
            System.out.println("heap bound, child JVM " + CHILD_HEAP + ", 2 concurrent streaming parses x 25, .xls twin: "
                    + child("--child-streaming", xls));
            System.out.println("heap bound, child JVM " + CHILD_HEAP + ", one HSSFWorkbook load (.xls twin):          "
                    + child("--child-usermodel", xls));
        }
        System.out.printf(Locale.ROOT, "load average at the end %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return median(streaming.cpu);
    }

    private static Path resource(String name) throws Exception {
        var url = CmrtReadBenchmark.class.getResource("/cmrt/templates/" + name);
        return Path.of(url.toURI());
    }

    /** The file "saved as Excel 97-2003" (written with POI HSSF, as in XlsTwinDifferentialTest). */
    private static Path xlsTwin(Path xlsx) throws Exception {
        Path twin = Files.createTempFile("cmrt-bench-", ".xls");
        twin.toFile().deleteOnExit();
        return Files.write(twin, XlsTwin.of(Files.readAllBytes(xlsx)));
    }

    private static boolean sameReport(CheckResult a, CheckResult b) {
        return CmrtJson.toJson(a).replace(a.file(), "F").equals(CmrtJson.toJson(b).replace(b.file(), "F"));
    }

    private static void loadXssf(Path file) throws Exception {
        try (var wb = (XSSFWorkbook) org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new IllegalStateException();
            }
        }
    }

    /** The "before": the whole .xls loaded as an HSSFWorkbook, as the checker did until the record reader. */
    private static Series hssf(Path xls, int runs) throws Exception {
        if (runs == 0) {
            return null;
        }
        loadHssf(xls); // warm-up
        Series hssf = new Series(runs);
        for (int i = 0; i < runs; i++) {
            hssf.time(i, () -> loadHssf(xls));
        }
        return hssf;
    }

    private static void loadHssf(Path xls) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new IllegalStateException();
            }
        }
    }

    private static void childStreaming(Path file) throws Exception {
        CmrtChecker checker = CmrtChecker.withDefaults().alsoEmrt();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            results.add(pool.submit(() -> {
                String v = null;
                for (int i = 0; i < 25; i++) {
                    v = checker.check(file).verdict().name();
                }
                return v;
            }));
        }
        for (Future<String> f : results) {
            System.out.print(f.get() + " ");
        }
        pool.shutdown();
        System.out.println();
    }

    private static String child(String mode, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, CHILD_HEAP, "-cp", System.getProperty("java.class.path"),
                CmrtReadBenchmark.class.getName(), mode, file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes()).strip();
        int exit = p.waitFor();
        if (exit == 0) {
            return "completed (" + output + ")";
        }
        return output.contains("OutOfMemoryError") ? "failed: OutOfMemoryError" : "failed, exit " + exit;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocatedBytes() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static double median(long[] nanos) {
        return pct(nanos, 50);
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
