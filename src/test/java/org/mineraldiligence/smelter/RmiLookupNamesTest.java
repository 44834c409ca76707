package org.mineraldiligence.smelter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.Metal;

/**
 * The shipped table of RMI look-up names is exactly what the Smelter Look-up sheets of the real CMRT templates
 * 6.01–6.5 say, read by the application's own importer, and the matcher uses it only for the same id and metal.
 */
class RmiLookupNamesTest {

    private static final List<String> REVISIONS = List.of("6.01", "6.1", "6.22", "6.31", "6.4", "6.5");

    @Test
    void theTableHoldsEveryNameOfEveryLookUpRevisionAndNothingElse() throws Exception {
        Set<String> fromTemplates = new HashSet<>();
        for (String revision : REVISIONS) {
            for (ReferenceSmelter s : MatchingEvaluation.lookup(revision).smelters()) {
                s.names().forEach(n -> fromTemplates.add(s.smelterId() + "\t" + s.metal().label() + "\t" + n));
            }
        }
        Set<String> shipped = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RmiLookupNames.class.getResourceAsStream(RmiLookupNames.RESOURCE), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> l.startsWith("CID")).map(l -> l.split("\t"))
                    .forEach(c -> shipped.add(c[0] + "\t" + c[1] + "\t" + c[2]));
        }
        assertThat(shipped).isEqualTo(fromTemplates);
        long emrtNames;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RmiLookupNames.class.getResourceAsStream(RmiLookupNames.EMRT_RESOURCE), StandardCharsets.UTF_8))) {
            emrtNames = in.lines().filter(l -> l.startsWith("CID")).count(); // EmrtLookupNamesTest checks them
        }
        assertThat(RmiLookupNames.bundled().size()).isEqualTo(shipped.size() + emrtNames);
    }

    @Test
    void aFormerNameIsMatchedOnlyForTheSameIdMetalAndCountry() {
        ReferenceList list = new ReferenceList("test", java.time.LocalDate.of(2024, 1, 1), List.of(
                ReferenceSmelter.of("CID001798", Metal.GOLD, "Sumitomo Metal Mining Co., Ltd.", "JAPAN",
                        SmelterStatus.unknown(java.time.LocalDate.of(2024, 1, 1))),
                ReferenceSmelter.of("CID000157", Metal.GOLD, "Some other refinery", "PERU",
                        SmelterStatus.unknown(java.time.LocalDate.of(2024, 1, 1)))));
        SmelterMatcher matcher = new SmelterMatcher(list);

        MatchResult former = matcher.match(DeclaredSmelter.of(Metal.GOLD, "Toyo Smelter & Refinery", "Japan"));
        assertThat(former.smelterId()).isEqualTo("CID001798");
        assertThat(former.method()).isEqualTo(MatchMethod.RMI_LOOKUP);
        assertThat(matcher.match(DeclaredSmelter.of(Metal.TIN, "Toyo Smelter & Refinery", "Japan")).isMatched())
                .as("never across metals").isFalse();
        assertThat(matcher.match(DeclaredSmelter.of(Metal.GOLD, "Boliden AB", "Sweden")).isMatched())
                .as("CID000157 is Boliden in Sweden on the look-ups, not this list's Peruvian refinery").isFalse();
    }
}
