package org.mineraldiligence.smelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.smelter.importer.ReferenceFiles;

/**
 * The shipped table of EMRT look-up names is exactly what the Smelter Look-up sheets of the real EMRT templates
 * 1.1–2.1 say, read by the application's own importer, and a name is used only for the same id and mineral.
 */
class EmrtLookupNamesTest {

    private static final List<String> REVISIONS = List.of("1.1", "1.11", "1.2", "1.3", "2.0", "2.1");
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

    @Test
    void theTableHoldsEveryNameOfEveryEmrtLookUpRevisionAndNothingElse() throws Exception {
        Set<String> fromTemplates = new HashSet<>();
        for (String revision : REVISIONS) {
            for (ReferenceSmelter s : new ReferenceFiles().importFile(
                    Path.of("src/test/resources/cmrt/templates/RMI_EMRT_" + revision + ".xlsx"), AS_OF)
                    .orElseThrow().smelters()) {
                s.names().forEach(n -> fromTemplates.add(s.smelterId() + "\t" + s.mineral().label() + "\t" + n));
            }
        }
        Set<String> shipped = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RmiLookupNames.class.getResourceAsStream(RmiLookupNames.EMRT_RESOURCE), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> l.startsWith("CID")).map(l -> l.split("\t"))
                    .forEach(c -> shipped.add(c[0] + "\t" + c[1] + "\t" + c[2]));
        }
        assertThat(shipped).isEqualTo(fromTemplates);
    }

    @Test
    void anOlderEmrtNameIsMatchedOnlyForTheSameIdAndMineral() {
        LocalDate day = LocalDate.of(2025, 10, 1);
        ReferenceList list = new ReferenceList("test", day, "2.1", List.of(
                ReferenceSmelter.ofExtended("CID003927", ExtendedMineral.COBALT, "Anhui Hanrui New Material Co., Ltd.",
                        "CHINA", List.of(), SmelterStatus.unknown(day))));
        SmelterMatcher matcher = new SmelterMatcher(list, MatchingThresholds.DEFAULT, RmiLookupNames.bundled());

        // EMRT 1.1 spelled it "Materials"; the similarity would not decide it, the look-up name does
        MatchResult former = matcher.match(DeclaredSmelter.ofExtended(ExtendedMineral.COBALT,
                "Anhui Hanrui New Materials Co., Ltd.", "China", "", List.of()));
        assertThat(former.smelterId()).isEqualTo("CID003927");
        assertThat(former.method()).isIn(MatchMethod.RMI_LOOKUP, MatchMethod.FUZZY);
        assertThat(matcher.match(DeclaredSmelter.ofExtended(ExtendedMineral.NICKEL,
                "Anhui Hanrui New Materials Co., Ltd.", "China", "", List.of())).isMatched())
                .as("never across minerals").isFalse();
        assertThat(matcher.match(DeclaredSmelter.ofExtended(ExtendedMineral.MICA, "", "China", "CID003927",
                List.of())).isMatched()).as("a cobalt refiner's id under mica").isFalse();
    }
}
