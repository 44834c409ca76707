package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.importer.BundledReferenceList;

/** Every smelter of the seed's Appendix A declared against the bundled list gives the seed's own summary. */
class SeedSummaryTest {

    static final List<String> SEED_SENTENCES = List.of(
            "74% (100) of known Gold smelters or refiners that may be in our supply chain are listed as compliant (93) or active (7).",
            "96% (45) of known Tantalum smelters or refiners that may be in our supply chain are listed as compliant.",
            "87% (72) of known Tin smelters or refiners that may be in our supply chain are listed as compliant (67) or active (5).",
            "89% (40) of known Tungsten smelters or refiners that may be in our supply chain are listed as compliant.");

    @Test
    void perMetalSentencesAreTheSeedsWordForWord() {
        ReferenceList list = new BundledReferenceList().load().orElseThrow();
        IdentifiedSmelters smelters = IdentifiedSmelters.of(list, list.smelters().stream().map(ReferenceSmelter::smelterId).toList());

        assertThat(smelters.count()).isEqualTo(311);
        assertThat(smelters.perMetal()).extracting(MetalSummary::sentence)
                .containsExactlyInAnyOrderElementsOf(SEED_SENTENCES);
    }

    @Test
    void aListInTheRmapVocabularySaysConformant() {
        MetalSummary summary = new MetalSummary(org.mineraldiligence.cmrt.Metal.TIN, 10, 0, 3, "conformant");
        assertThat(summary.sentence()).isEqualTo(
                "30% (3) of known Tin smelters or refiners that may be in our supply chain are listed as active.");
    }
}
