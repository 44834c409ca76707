package org.mineraldiligence.smelter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mineraldiligence.cmrt.Metal;

/**
 * The matcher's test set of real name variants ({@code /smelter/matching-test-set.tsv}), matched against the CMRT
 * 6.5 look-up: each row says which CID it must match, or "review" when matching any smelter would be wrong. A
 * row matched to another CID than the expected one, or matched at all when review is expected, is wrong.
 */
public final class MatchingTestSet {

    public static final String RESOURCE = "/smelter/matching-test-set.tsv";
    public static final String REVIEW = "review";

    /** One declared row, what it must give, and where the variant comes from. */
    public record Row(DeclaredSmelter declared, String expected, String source) {
        boolean expectsMatch() {
            return !REVIEW.equals(expected);
        }
    }

    /** Recall = right / rows expecting a match; wrong counts both kinds of wrong match. */
    public record Figures(int rows, int expectingMatch, int right, int wrongSmelter, int matchedButReviewExpected) {

        public int wrong() {
            return wrongSmelter + matchedButReviewExpected;
        }

        public double recall() {
            return (double) right / expectingMatch;
        }

        @Override
        public String toString() {
            return String.format("%d rows, %d expecting a match: %d right (recall %.1f %%), %d wrong (%d to another "
                    + "smelter, %d where review was expected)", rows, expectingMatch, right, 100 * recall(), wrong(),
                    wrongSmelter, matchedButReviewExpected);
        }
    }

    private MatchingTestSet() {
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MatchingTestSet.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                Metal metal = Metal.parse(c[0]).orElseThrow(() -> new IllegalStateException("metal in " + c[1]));
                List<String> otherCells = c[4].isEmpty() ? List.of() : List.of(c[4]);
                rows.add(new Row(new DeclaredSmelter(metal, c[1], c[2], c[3], otherCells), c[5], c[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static Figures evaluate(SmelterMatcher matcher, List<Row> rows) {
        int expecting = 0;
        int right = 0;
        int wrongSmelter = 0;
        int wrongMatch = 0;
        for (Row row : rows) {
            MatchResult result = matcher.match(row.declared());
            expecting += row.expectsMatch() ? 1 : 0;
            if (!result.isMatched()) {
                continue;
            }
            if (!row.expectsMatch()) {
                wrongMatch++;
            } else if (result.smelterId().equals(row.expected())) {
                right++;
            } else {
                wrongSmelter++;
            }
        }
        return new Figures(rows.size(), expecting, right, wrongSmelter, wrongMatch);
    }

    /** Prints the figures, every wrong match and (with -Dverbose=true) every row sent to review. */
    public static void main(String[] args) {
        ReferenceList v65 = MatchingEvaluation.lookup("6.5");
        SmelterMatcher matcher = new SmelterMatcher(v65);
        List<Row> rows = rows();
        System.out.println("test set vs 6.5 look-up: " + evaluate(matcher, rows));
        System.out.println("without the RMI look-up names: " + evaluate(
                new SmelterMatcher(v65, MatchingThresholds.DEFAULT, RmiLookupNames.NONE), rows));
        for (Row row : rows) {
            MatchResult r = matcher.match(row.declared());
            if (r.isMatched() && !r.smelterId().equals(row.expected())) {
                System.out.println("  WRONG " + row.declared() + " -> " + r.smelterId() + " " + r.standardName() + " "
                        + r.method() + " " + r.findings() + " expected " + row.expected() + " (" + row.source() + ")");
            } else if (Boolean.getBoolean("verbose") && r.isMatched() && r.method() != MatchMethod.ALIAS
                    && r.method() != MatchMethod.ID) {
                System.out.println("  " + r.method() + " " + row.declared().name() + " | " + row.declared().country()
                        + " -> " + r.smelterId() + " " + r.standardName() + " | " + r.findings());
            } else if (Boolean.getBoolean("verbose") && !r.isMatched() && row.expectsMatch()) {
                System.out.println("  review " + row.declared().name() + " | " + row.declared().country() + " | expected "
                        + row.expected() + " | " + row.source() + " | best " + r.candidates().stream().findFirst()
                        .map(c -> c.smelterId() + " " + c.matchedName() + " " + c.score()).orElse("-"));
            }
        }
    }
}
