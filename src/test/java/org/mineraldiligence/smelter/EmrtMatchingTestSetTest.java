package org.mineraldiligence.smelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Mineral;
import org.mineraldiligence.smelter.importer.ReferenceFiles;

/**
 * The matcher on a test set built from the real EMRT Smelter Look-up sheets, matched against the EMRT 2.1 look-up:
 * the names older revisions (1.1 to 2.0) give a refiner that 2.1 does not; each 2.1 refiner's name in upper case,
 * without punctuation, as mojibake and with lost letters; its id in another cell or in lower case; and hard
 * negatives: every 2.1 name declared under each other extended mineral, a refiner's id declared under another
 * mineral, the CMRT 6.5 smelters' names declared as cobalt, and the EMRT refiners' names and ids declared under a
 * 3TG metal against the CMRT 6.5 look-up. Where the declared mineral's 2.1 refiners carry the very name (on the
 * list or in an older look-up), that refiner is the expected match: the same company refines several minerals
 * (Attero Recycling is a cobalt and a gold refiner). No EMRT row may be matched wrongly, and no row ever to a
 * refiner or smelter of another mineral; recall must not fall below the measured.
 */
class EmrtMatchingTestSetTest {

    private static final String REVIEW = "review";
    private static final List<String> OLDER = List.of("1.1", "1.11", "1.2", "1.3", "2.0");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /**
     * Checked by hand: the Kristiansand refinery (nickel "Glencore Nikkelverk AS") also refines cobalt, listed as
     * "Glencore Nikkelverk Refinery"; a cobalt row with the nickel listing's name is that cobalt refiner.
     */
    private static final Map<String, String> SAME_FACILITY = Map.of("COBALT Glencore Nikkelverk AS", "CID003403");

    /** One declared row, what it must give ("review": matching anything is wrong), and which variant it is. */
    record Row(DeclaredSmelter declared, String expected, String kind) {
    }

    record Figures(int rows, int expectingMatch, int right, int wrong) {
        double recall() {
            return (double) right / expectingMatch;
        }

        @Override
        public String toString() {
            return String.format("%d rows, %d expecting a match: %d right (recall %.1f %%), %d wrong", rows,
                    expectingMatch, right, 100 * recall(), wrong);
        }
    }

    private static ReferenceList v21;
    private static ReferenceList cmrt65;
    private static List<Row> emrtRows;
    private static List<Row> threeTgRows;

    @BeforeAll
    static void build() {
        v21 = lookup("RMI_EMRT_2.1.xlsx");
        cmrt65 = MatchingEvaluation.lookup("6.5");
        emrtRows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String revision : OLDER) {
            for (ReferenceSmelter old : lookup("RMI_EMRT_" + revision + ".xlsx").smelters()) {
                ReferenceSmelter now = v21.byId(old.smelterId())
                        .filter(s -> s.extendedMineral() == old.extendedMineral()).orElse(null);
                for (String name : old.names()) {
                    if (now != null && now.names().contains(name) || !seen.add(old.smelterId() + name)) {
                        continue;
                    }
                    emrtRows.add(new Row(declared(old.extendedMineral(), name, old.country(), ""),
                            now == null ? sameName(old.extendedMineral(), name) : now.smelterId(),
                            now == null ? "name of a refiner 2.1 no longer lists" : "older revision's name"));
                }
            }
        }
        for (ReferenceSmelter s : v21.smelters()) {
            ExtendedMineral m = s.extendedMineral();
            String name = s.standardName();
            String id = s.smelterId();
            emrtRows.add(new Row(declared(m, name.toUpperCase(Locale.ROOT), s.country(), ""), id, "upper case"));
            emrtRows.add(new Row(declared(m, name.replaceAll("[.,()&'-]", " ").replaceAll("\\s+", " ").strip(),
                    s.country(), ""), id, "punctuation"));
            emrtRows.add(new Row(declared(m, name, s.country(), id.toLowerCase(Locale.ROOT)), id, "id in lower case"));
            emrtRows.add(new Row(DeclaredSmelter.ofExtended(m, name.split(" ")[0], s.country(), "",
                    List.of("refiner id " + id)), id, "id in the comments"));
            if (!name.equals(new String(name.getBytes(StandardCharsets.UTF_8), CP1252))) {
                emrtRows.add(new Row(declared(m, new String(name.getBytes(StandardCharsets.UTF_8), CP1252),
                        s.country(), ""), id, "mojibake"));
                emrtRows.add(new Row(declared(m, name.replaceAll("[^\\x00-\\x7F]", "?"), s.country(), ""), id,
                        "lost letters"));
            }
            for (ExtendedMineral other : ExtendedMineral.values()) {
                if (other == m) {
                    continue;
                }
                emrtRows.add(new Row(declared(other, name, s.country(), ""), sameName(other, name),
                        "name under another mineral"));
                emrtRows.add(new Row(declared(other, "", s.country(), id), REVIEW, "id under another mineral"));
            }
        }
        for (ReferenceSmelter smelter : cmrt65.smelters()) {
            emrtRows.add(new Row(declared(ExtendedMineral.COBALT, smelter.standardName(), smelter.country(), ""),
                    sameName(ExtendedMineral.COBALT, smelter.standardName()), "3TG smelter declared as cobalt"));
            emrtRows.add(new Row(declared(ExtendedMineral.COBALT, "", smelter.country(), smelter.smelterId()),
                    REVIEW, "3TG smelter id declared as cobalt"));
        }
        threeTgRows = new ArrayList<>();
        for (ReferenceSmelter s : v21.smelters()) {
            for (Metal metal : Metal.values()) {
                threeTgRows.add(new Row(DeclaredSmelter.of(metal, s.standardName(), s.country()), REVIEW,
                        "EMRT refiner declared under a 3TG metal"));
                threeTgRows.add(new Row(new DeclaredSmelter(metal, "", s.country(), s.smelterId()), REVIEW,
                        "EMRT refiner id declared under a 3TG metal"));
            }
        }
    }

    @Test
    void noEmrtRowIsMatchedWronglyAndRecallIsAsMeasured() {
        Figures f = evaluate(new SmelterMatcher(v21), emrtRows);
        System.out.println("EMRT matching test set: " + f);
        assertThat(f.rows()).isEqualTo(4995);
        assertThat(f.expectingMatch()).isEqualTo(1386);
        assertThat(f.wrong()).isZero();
        assertThat(f.right()).isGreaterThanOrEqualTo(1361);
    }

    @Test
    void theRulesAloneWithoutTheLookUpNamesAreNeverWrongEither() {
        Figures f = evaluate(new SmelterMatcher(v21, MatchingThresholds.DEFAULT, RmiLookupNames.NONE), emrtRows);
        System.out.println("EMRT matching test set without RMI look-up names: " + f);
        assertThat(f.wrong()).isZero();
        assertThat(f.right()).isGreaterThanOrEqualTo(1358);
    }

    /**
     * A 3TG row never gets an EMRT refiner: on the EMRT list nothing at all, on the 3TG list only 3TG smelters of its
     * own metal. (Some EMRT refiners' names are 3TG smelters' names too, Boliden Ronnskar or LS MnM, and match those;
     * the 3TG matcher's own accuracy is SmelterMatchingTestSetTest's.)
     */
    @Test
    void no3tgRowMatchesAnEmrtRefinerOnA3tgListNorOnAnEmrtList() {
        SmelterMatcher on3tg = new SmelterMatcher(cmrt65);
        SmelterMatcher onEmrt = new SmelterMatcher(v21);
        int within = 0;
        for (Row row : threeTgRows) {
            assertThat(onEmrt.match(row.declared()).isMatched()).as(row.toString()).isFalse();
            MatchResult result = on3tg.match(row.declared());
            if (result.isMatched()) {
                within++;
                assertThat(cmrt65.byId(result.smelterId()).orElseThrow().metal()).isEqualTo(row.declared().metal());
                assertThat(v21.byId(result.smelterId())).isEmpty();
            }
        }
        System.out.println("EMRT refiners declared under a 3TG metal: " + threeTgRows.size() + " rows, none matched on "
                + "the EMRT list, " + within + " matched a 3TG smelter of the declared metal on the CMRT 6.5 list");
    }

    /** The one refiner of the mineral on 2.1 that carries this name (list or look-up names), else review. */
    private static String sameName(ExtendedMineral mineral, String name) {
        String hand = SAME_FACILITY.get(mineral.name() + " " + name);
        if (hand != null) {
            return hand;
        }
        String key = NormalisedName.of(name).key();
        List<String> ids = v21.ofMineral(mineral).stream()
                .filter(s -> java.util.stream.Stream.concat(s.names().stream(),
                        RmiLookupNames.bundled().namesFor(s).stream()).anyMatch(n -> NormalisedName.of(n).key().equals(key)))
                .map(ReferenceSmelter::smelterId).toList();
        return ids.size() == 1 ? ids.get(0) : REVIEW;
    }

    private static Figures evaluate(SmelterMatcher matcher, List<Row> rows) {
        int expecting = 0;
        int right = 0;
        int wrong = 0;
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        for (Row row : rows) {
            MatchResult result = matcher.match(row.declared());
            boolean expectsMatch = !REVIEW.equals(row.expected());
            expecting += expectsMatch ? 1 : 0;
            int[] kind = byKind.computeIfAbsent(row.kind() + (expectsMatch ? "" : " (review expected)"), k -> new int[3]);
            kind[0]++;
            if (!result.isMatched()) {
                continue;
            }
            kind[1] += row.expected().equals(result.smelterId()) ? 1 : 0;
            kind[2] += row.expected().equals(result.smelterId()) ? 0 : 1;
            Mineral got = matcher.reference().byId(result.smelterId()).orElseThrow().mineral();
            assertThat(got).as("never across minerals: " + row).isEqualTo(row.declared().mineral());
            if (row.expected().equals(result.smelterId())) {
                right++;
            } else {
                wrong++;
                System.out.println("WRONG " + row.kind() + ": " + row.declared() + " -> " + result.smelterId() + " "
                        + result.standardName() + " by " + result.method());
            }
        }
        byKind.forEach((kind, n) -> System.out.println("  " + kind + ": " + n[0] + " rows, " + n[1] + " right, "
                + n[2] + " wrong"));
        return new Figures(rows.size(), expecting, right, wrong);
    }

    private static DeclaredSmelter declared(ExtendedMineral mineral, String name, String country, String id) {
        return DeclaredSmelter.ofExtended(mineral, name, country, id, List.of());
    }

    private static ReferenceList lookup(String file) {
        return new ReferenceFiles().importFile(Path.of("src/test/resources/cmrt/templates/" + file),
                LocalDate.of(2025, 10, 1)).orElseThrow();
    }
}
