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

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.check.CmrtChecker;

/**
 * Repeatable harness (not a test; never runs in {@code mvn verify}): times the complete streaming check
 * against POI's {@code XSSFWorkbook} load of the same file in one run, prints medians and the ratio,
 * the bytes allocated per parse, and then proves the heap bound by re-running the streaming check in
 * child JVMs capped at -Xmx64m (two concurrent parses) - and XSSFWorkbook under the same cap. Three files in
 * one run: the real CMRT 6.4 (English), the blank EMRT 2.1 and an EMRT 2.1 filled with POI from that template,
 * so the EMRT's cost is a ratio against the CMRT's measured under the same load.
 *
 * <pre>./mvnw -q -o -Pcmrt-bench test-compile exec:exec</pre>
 */
public final class CmrtReadBenchmark {

    private CmrtReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child-streaming")) {
            childStreaming(Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--child-xssf")) {
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new File(args[1]), null, true)) {
                System.out.println("sheets " + wb.getNumberOfSheets());
            }
            return;
        }
        int streamingRuns = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int xssfRuns = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        CmrtChecker checker = CmrtChecker.withDefaults().alsoEmrt();
        Path filledEmrt = Files.createTempFile("emrt-2.1-filled", ".xlsx");
        Files.write(filledEmrt, org.mineraldiligence.cmrt.EmrtFixture.validEmrt("2.1"));
        filledEmrt.toFile().deleteOnExit();
        List<Path> files = List.of(resource("RMI_CMRT_6.4-english.xlsx"), resource("RMI_EMRT_2.1.xlsx"), filledEmrt);
        double[] medians = new double[files.size()];
        for (int i = 0; i < files.size(); i++) {
            medians[i] = measure(files.get(i), checker, streamingRuns, xssfRuns);
        }
        System.out.printf(Locale.ROOT, "%nsame run: EMRT 2.1 blank / CMRT 6.4 streaming median %.2f, EMRT 2.1 filled / "
                + "CMRT 6.4 %.2f%n", medians[1] / medians[0], medians[2] / medians[0]);
    }

    /** Times one file; returns the streaming check's median in ms. */
    private static double measure(Path file, CmrtChecker checker, int streamingRuns, int xssfRuns) throws Exception {
        System.out.printf(Locale.ROOT, "%nfile: %s (%,d bytes), %d cores, java %s%n", file.getFileName(), Files.size(file),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        CheckResult first = checker.check(file);
        System.out.printf(Locale.ROOT, "result: %s %s, %d findings, %s%n", first.templateType(), first.templateVersion(),
                first.findings().size(), first.verdict());

        for (int i = 0; i < 50; i++) {
            checker.check(file); // warm-up: JIT
        }
        long[] streaming = new long[streamingRuns];
        long[] streamingCpu = new long[streamingRuns];
        long allocated = 0;
        for (int i = 0; i < streamingRuns; i++) {
            long a0 = allocatedBytes();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            checker.check(file);
            streaming[i] = System.nanoTime() - t0;
            streamingCpu[i] = cpuNanos() - c0;
            allocated += allocatedBytes() - a0;
        }
        for (int i = 0; i < 3; i++) {
            loadXssf(file); // warm-up
        }
        long[] xssf = new long[xssfRuns];
        long[] xssfCpu = new long[xssfRuns];
        long xssfAllocated = 0;
        for (int i = 0; i < xssfRuns; i++) {
            long a0 = allocatedBytes();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            loadXssf(file);
            xssf[i] = System.nanoTime() - t0;
            xssfCpu[i] = cpuNanos() - c0;
            xssfAllocated += allocatedBytes() - a0;
        }
        double s = median(streaming);
        double x = median(xssf);
        System.out.printf(Locale.ROOT, "streaming check (read + all rules), %d runs: median %.1f ms, p10 %.1f ms, p90 %.1f ms, "
                + "allocated %.1f MB/parse%n", streamingRuns, s, pct(streaming, 10), pct(streaming, 90), allocated / 1e6 / streamingRuns);
        System.out.printf(Locale.ROOT, "XSSFWorkbook load only, %d runs:           median %.1f ms, p10 %.1f ms, p90 %.1f ms, "
                + "allocated %.1f MB/load%n", xssfRuns, x, pct(xssf, 10), pct(xssf, 90), xssfAllocated / 1e6 / xssfRuns);
        System.out.printf(Locale.ROOT, "ratio: streaming is %.1fx faster than XSSFWorkbook (target >= 10x, <= 60 ms)%n", x / s);
        // wall time suffers when other builds share the two cores; thread CPU time shows the work itself
        System.out.printf(Locale.ROOT, "thread CPU time: streaming median %.1f ms, XSSFWorkbook median %.1f ms (%.1fx); "
                + "load average %.1f%n", median(streamingCpu), median(xssfCpu), median(xssfCpu) / median(streamingCpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        System.out.println("heap bound, child JVM -Xmx64m, 2 concurrent streaming parses x 25: "
                + child("--child-streaming", file));
        System.out.println("heap bound, child JVM -Xmx64m, one XSSFWorkbook load:           " + child("--child-xssf", file));
        return s;
    }

    private static Path resource(String name) throws Exception {
        var url = CmrtReadBenchmark.class.getResource("/cmrt/templates/" + name);
        return Path.of(url.toURI());
    }

    private static void loadXssf(Path file) throws Exception {
        try (var wb = (XSSFWorkbook) org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
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
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
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
