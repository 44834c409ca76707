package org.mineraldiligence.smelter;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mineraldiligence.smelter.importer.BundledReferenceList;
import org.mineraldiligence.smelter.importer.CmrtLookupImporter;

/**
 * Real-world name variants for measuring the matcher: names of the same smelter as written by different
 * sources, each with the smelter id it must match. Reference and variants always come from different sources,
 * so a variant is never found just because it is the very text the reference was built from.
 */
public final class MatchingEvaluation {

    /** A declared name and the id it must match; a MATCHED result with any other id is wrong. */
    public record Variant(DeclaredSmelter declared, String expectedId) {
    }

    /** Outcome counts; {@code absent} are variants whose smelter the reference does not know (must not match). */
    public record Figures(int rows, int right, int wrong, int review, int absent) {

        public double rightShare() {
            return (double) right / (rows - absent);
        }

        @Override
        public String toString() {
            return String.format("%d rows (%d whose smelter is on the reference): %d right (%.1f %%), %d wrong, "
                    + "%d review", rows, rows - absent, right, 100 * rightShare(), wrong, review);
        }
    }

    private MatchingEvaluation() {
    }

    public static ReferenceList lookup(String version) {
        String resource = "/cmrt/templates/RMI_CMRT_" + version + ".xlsx";
        try (InputStream in = MatchingEvaluation.class.getResourceAsStream(resource)) {
            return new CmrtLookupImporter().importWorkbook(in, resource, LocalDate.of(2000, 1, 1)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReferenceList bundled() {
        return new BundledReferenceList().load().orElseThrow();
    }

    /** The same list with its aliases dropped: only standard names, so fuzzy matching has to do the work. */
    public static ReferenceList standardNamesOnly(ReferenceList list) {
        return new ReferenceList(list.source() + " standard names", list.asOf(), list.smelters().stream()
                .map(s -> new ReferenceSmelter(s.smelterId(), s.metal(), s.standardName(), s.country(), List.of(),
                        s.status(), s.lastAuditDate(), s.auditCycle(), s.sourcesFromCoveredCountries()))
                .toList());
    }

    /** Every alias of the list (look-up rows where B differs from C), with metal and country. */
    public static List<Variant> aliases(ReferenceList list) {
        List<Variant> variants = new ArrayList<>();
        for (ReferenceSmelter s : list.smelters()) {
            for (String alias : s.aliases()) {
                variants.add(new Variant(DeclaredSmelter.of(s.metal(), alias, s.country()), s.smelterId()));
            }
        }
        return variants;
    }

    /** Every name of the list that the other list does not carry verbatim for the same smelter. */
    public static List<Variant> namesUnknownTo(ReferenceList list, ReferenceList other) {
        List<Variant> variants = new ArrayList<>();
        for (ReferenceSmelter s : list.smelters()) {
            Set<String> known = other.byId(s.smelterId()).map(o -> Set.copyOf(o.names())).orElse(Set.of());
            for (String name : s.names()) {
                if (!known.contains(name)) {
                    variants.add(new Variant(DeclaredSmelter.of(s.metal(), name, s.country()), s.smelterId()));
                }
            }
        }
        return variants;
    }

    /** Every name of the list (standard names and aliases), as suppliers picked them from its drop-down. */
    public static List<Variant> allNames(ReferenceList list) {
        return namesUnknownTo(list, new ReferenceList("empty", list.asOf(), List.of()));
    }

    /** Standard names with metal and country, as a supplier copying them from that list would declare them. */
    public static List<Variant> standardNames(ReferenceList list) {
        return list.smelters().stream()
                .map(s -> new Variant(DeclaredSmelter.of(s.metal(), s.standardName(), s.country()), s.smelterId()))
                .toList();
    }

    /**
     * A matcher without the bundled RMI look-up names: these sets are built from the very look-ups the table was
     * made of, so with it they would measure the table, not the rules.
     */
    public static SmelterMatcher rulesOnly(ReferenceList list) {
        return rulesOnly(list, MatchingThresholds.DEFAULT);
    }

    public static SmelterMatcher rulesOnly(ReferenceList list, MatchingThresholds thresholds) {
        return new SmelterMatcher(list, thresholds, RmiLookupNames.NONE);
    }

    public static Figures evaluate(SmelterMatcher matcher, List<Variant> variants) {
        int right = 0;
        int wrong = 0;
        int review = 0;
        int absent = 0;
        for (Variant v : variants) {
            MatchResult result = matcher.match(v.declared());
            boolean known = matcher.reference().byId(v.expectedId()).isPresent();
            absent += known ? 0 : 1;
            if (!result.isMatched()) {
                review++;
            } else if (result.smelterId().equals(v.expectedId())) {
                right++;
            } else {
                wrong++;
            }
        }
        return new Figures(variants.size(), right, wrong, review, absent);
    }

    /** Prints the figures and every miss, for tuning by hand. */
    public static void main(String[] args) {
        ReferenceList v601 = lookup("6.01");
        ReferenceList v65 = lookup("6.5");
        ReferenceList bundled = bundled();
        report("A 6.5 names unknown to 6.01 vs 6.01 look-up", rulesOnly(v601), namesUnknownTo(v65, v601));
        report("B 6.5 aliases vs 6.01 standard names", rulesOnly(standardNamesOnly(v601)), aliases(v65));
        report("C bundled 2017 names vs 6.5 look-up", rulesOnly(v65), standardNames(bundled));
        report("D 6.5 aliases vs bundled 2017 list", rulesOnly(bundled), aliases(v65));
        report("E bundled names vs 6.5 standard names", rulesOnly(standardNamesOnly(v65)),
                standardNames(bundled));
        report("F 6.01 look-up names vs 6.5 look-up", rulesOnly(v65), allNames(v601));
        if (Boolean.getBoolean("sweep")) {
            for (double accept = 0.70; accept < 0.95; accept += 0.02) {
                for (double margin : new double[] {0.03, 0.05, 0.08}) {
                    MatchingThresholds t = new MatchingThresholds(accept, margin, 0.5, 5);
                    System.out.printf("accept %.2f margin %.2f  B %s%n      E %s%n      D %s%n", accept, margin,
                            evaluate(rulesOnly(standardNamesOnly(v601), t), aliases(v65)),
                            evaluate(rulesOnly(standardNamesOnly(v65), t), standardNames(bundled)),
                            evaluate(rulesOnly(bundled, t), aliases(v65)));
                }
            }
        }
    }

    private static void report(String title, SmelterMatcher matcher, List<Variant> variants) {
        System.out.println("== " + title + ": " + evaluate(matcher, variants));
        boolean verbose = Boolean.getBoolean("verbose");
        for (Variant v : variants) {
            MatchResult r = matcher.match(v.declared());
            boolean known = matcher.reference().byId(v.expectedId()).isPresent();
            if (r.isMatched() && !r.smelterId().equals(v.expectedId())) {
                System.out.println("  WRONG " + v.declared().name() + " -> " + r.standardName() + " "
                        + r.confidence() + " expected " + v.expectedId() + " "
                        + matcher.reference().byId(v.expectedId()).map(ReferenceSmelter::standardName).orElse("?"));
            } else if (verbose && !r.isMatched() && known) {
                System.out.println("  review " + v.declared().name() + " | expected "
                        + matcher.reference().byId(v.expectedId()).get().standardName() + " | best "
                        + r.candidates().stream().limit(2).map(c -> c.matchedName() + " " + String.format("%.3f", c.score()))
                        .collect(Collectors.joining("; ")));
            }
        }
    }
}
