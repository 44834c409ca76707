package org.mineraldiligence.smelter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Times matching 10,000 declared rows against the CMRT 6.5 look-up, next to a simple baseline (Jaro-Winkler of
 * the lower-cased name against every name of the metal) in the same run. Not a unit test; run with
 * {@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java
 * -Dexec.mainClass=org.mineraldiligence.smelter.SmelterMatchingBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class SmelterMatchingBenchmark {

    private static final int ROWS = 10_000;
    private static final int RUNS = 7;

    private SmelterMatchingBenchmark() {
    }

    public static void main(String[] args) {
        ReferenceList reference = MatchingEvaluation.lookup("6.5");
        // Name-only rows (no smelter id), the slow path: variants from other sources, repeated to 10,000.
        List<MatchingEvaluation.Variant> variants = new ArrayList<>();
        variants.addAll(MatchingEvaluation.allNames(MatchingEvaluation.lookup("6.01")));
        variants.addAll(MatchingEvaluation.standardNames(MatchingEvaluation.bundled()));
        variants.addAll(MatchingEvaluation.aliases(reference));
        List<DeclaredSmelter> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(variants.get(i % variants.size()).declared());
        }
        long build = System.nanoTime();
        SmelterMatcher matcher = new SmelterMatcher(reference);
        double buildMs = (System.nanoTime() - build) / 1e6;
        Baseline baseline = new Baseline(reference);

        double[] matcherMs = time(() -> matcher.matchAll(rows));
        double[] baselineMs = time(() -> rows.forEach(baseline::best));
        long fuzzy = matcher.matchAll(rows).stream().filter(r -> r.method() == MatchMethod.FUZZY
                || r.decision() == MatchDecision.REVIEW).count();
        System.out.printf("reference: %s; %d distinct variant names; %d rows, %d of them needing fuzzy scoring%n",
                reference, variants.size(), ROWS, fuzzy);
        System.out.printf("index build: %.1f ms%n", buildMs);
        System.out.printf("SmelterMatcher: median %.1f ms, best %.1f ms for %d rows (%d runs after warm-up)%n",
                median(matcherMs), matcherMs[0], ROWS, RUNS);
        System.out.printf("baseline (Jaro-Winkler against every name of the metal): median %.1f ms, best %.1f ms%n",
                median(baselineMs), baselineMs[0]);
    }

    private static double[] time(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run(); // warm-up for the JIT
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** What one would write first: compare the lower-cased name with every reference name of the metal. */
    private static final class Baseline {
        private final JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        private final ReferenceList reference;

        Baseline(ReferenceList reference) {
            this.reference = reference;
        }

        String best(DeclaredSmelter declared) {
            String name = declared.name().toLowerCase();
            String best = "";
            double bestScore = -1;
            for (ReferenceSmelter s : reference.ofMetal(declared.metal())) {
                for (String candidate : s.names()) {
                    double score = jw.apply(name, candidate.toLowerCase());
                    if (score > bestScore) {
                        bestScore = score;
                        best = s.smelterId();
                    }
                }
            }
            return best;
        }
    }
}
