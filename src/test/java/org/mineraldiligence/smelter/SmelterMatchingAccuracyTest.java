package org.mineraldiligence.smelter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.smelter.MatchingEvaluation.Figures;

/**
 * Accuracy on real-world name variants: reference and declared names always come from different sources
 * (see {@link MatchingEvaluation}). The first target is absolute: no variant may be matched to a wrong smelter.
 */
class SmelterMatchingAccuracyTest {

    private static ReferenceList v601;
    private static ReferenceList v65;
    private static ReferenceList bundled;

    @BeforeAll
    static void load() {
        v601 = MatchingEvaluation.lookup("6.01");
        v65 = MatchingEvaluation.lookup("6.5");
        bundled = MatchingEvaluation.bundled();
    }

    @Test
    void namesFromAnOlderCmrtLookUpMatchTheCurrentOneAt97PercentWithNoneWrong() {
        Figures f = MatchingEvaluation.evaluate(MatchingEvaluation.rulesOnly(v65), MatchingEvaluation.allNames(v601));
        System.out.println("6.01 names vs 6.5 look-up: " + f);
        assertThat(f.wrong()).isZero();
        assertThat(f.rightShare()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void cfsiEraNamesOfThe2017ListMatchTheCurrentLookUpWithNoneWrong() {
        Figures f = MatchingEvaluation.evaluate(MatchingEvaluation.rulesOnly(v65), MatchingEvaluation.standardNames(bundled));
        System.out.println("2017 list names vs 6.5 look-up: " + f);
        assertThat(f.wrong()).isZero();
        // Misses are renamed or split facilities (e.g. "H.C. Starck GmbH Goslar" is now "TANIOBIS GmbH").
        assertThat(f.rightShare()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void fuzzyMatchingAloneNeverMatchesAliasesOrRenamesToAWrongSmelter() {
        Figures aliases = MatchingEvaluation.evaluate(
                MatchingEvaluation.rulesOnly(MatchingEvaluation.standardNamesOnly(v601)), MatchingEvaluation.aliases(v65));
        Figures renames = MatchingEvaluation.evaluate(
                MatchingEvaluation.rulesOnly(MatchingEvaluation.standardNamesOnly(v65)), MatchingEvaluation.standardNames(bundled));
        Figures reverse = MatchingEvaluation.evaluate(MatchingEvaluation.rulesOnly(bundled), MatchingEvaluation.aliases(v65));
        System.out.println("6.5 aliases vs 6.01 standard names only: " + aliases);
        System.out.println("2017 names vs 6.5 standard names only: " + renames);
        System.out.println("6.5 aliases vs 2017 list: " + reverse);
        assertThat(aliases.wrong() + renames.wrong() + reverse.wrong()).isZero();
        // Most look-up aliases are other names altogether (former owners, local names, Chinese script), which
        // no string similarity can tie; spelling variants among them must still be found.
        assertThat(aliases.right()).isGreaterThan(aliases.rows() / 5);
        assertThat(renames.rightShare()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void namesOfSmeltersThatSplitOrJoinedLaterAreNeverMatchedToTheOlderListsSibling() {
        // The 2017 list has one "Eco-System Recycling Co., Ltd."; later look-ups list its East, North and West plants.
        for (ReferenceList later : java.util.List.of(v601, v65)) {
            Figures f = MatchingEvaluation.evaluate(MatchingEvaluation.rulesOnly(bundled), MatchingEvaluation.allNames(later));
            System.out.println(later.source() + " names vs 2017 list: " + f);
            assertThat(f.wrong()).isZero();
        }
    }
}
