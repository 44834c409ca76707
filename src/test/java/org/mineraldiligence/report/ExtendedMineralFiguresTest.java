package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cycle.RequestedTemplates;

/** The per-mineral figures from grouped rows as the queries return them, and the sentences the report prints. */
class ExtendedMineralFiguresTest {

    private static final RequestedTemplates COBALT_AND_MICA = RequestedTemplates.parse("EMRT:COBALT+MICA");

    @Test
    void aMineralTheCycleCollectsIsListedEvenWithoutAnswersAndTheSentencesSaySoPlainly() {
        ExtendedMineralFigures figures = ExtendedMineralFigures.of(COBALT_AND_MICA,
                List.<Object[]>of(new Object[] {"EMRT", "COBALT", "AWAITING", 2L}), List.of(), List.of());
        assertThat(figures.templates()).extracting(TemplateResponses::template).containsExactly("EMRT");
        assertThat(figures.minerals()).extracting(MineralRefiners::mineral)
                .containsExactly(ExtendedMineral.COBALT, ExtendedMineral.MICA);
        MineralRefiners mica = figures.minerals().get(1);
        assertThat(mica.suppliersSentence()).isEqualTo("0 of 0 suppliers asked for the EMRT covering mica sent one (0%);"
                + " 0 are valid.");
        assertThat(mica.refinersSentence()).isEqualTo("The valid EMRTs received name no known mica smelter or refiner.");
        assertThat(mica.openRowsSentence()).isNull();
    }

    @Test
    void theMetalColumnIsReadAsTheAssessmentWritesItAndAStatusIsNeverGuessed() {
        ExtendedMineralFigures figures = ExtendedMineralFigures.of(COBALT_AND_MICA, List.of(), List.of(
                new Object[] {"EMRT:COBALT", "CID1", "One", "China", "CONFORMANT", 0L},
                new Object[] {"EMRT:LITHIUM", "CID2", "Two", "Chile", "Conformant", 1L},
                new Object[] {"EMRT:COBALT", "CID3", "Three", null, "something new", 0L},
                new Object[] {"EMRT:COBALT", "CID5", "Five", null, null, 0L},
                new Object[] {"TIN", "CID4", "A 3TG smelter", null, "CONFORMANT", 0L}), List.<Object[]>of(
                new Object[] {"NOT_YET_IDENTIFIED", "EMRT:COBALT", 1L}));
        assertThat(figures.minerals()).extracting(MineralRefiners::mineral)
                .containsExactly(ExtendedMineral.COBALT, ExtendedMineral.LITHIUM, ExtendedMineral.MICA);
        MineralRefiners cobalt = figures.minerals().get(0);
        assertThat(cobalt.refiners()).extracting(DeclaredRefiner::statusText)
                .containsExactly("not stated", "conformant", "something new"); // by name: Five, One, Three
        assertThat(cobalt.refinersSentence()).isEqualTo("We identified 3 known cobalt smelters or refiners that may be in"
                + " our supply chain: 1 listed as conformant, 0 as active, 1 with another status and 1 without a status"
                + " stated.");
        assertThat(cobalt.openRowsSentence()).isEqualTo("0 declared cobalt names are still under review and 1 row says the"
                + " smelter is not yet identified; they are not counted above.");
        MineralRefiners lithium = figures.minerals().get(1);
        assertThat(lithium.refinersSentence()).isEqualTo("We identified 1 known lithium smelter or refiner that may be in"
                + " our supply chain: 1 listed as conformant, 0 as active. 1 rated high risk.");
        assertThat(figures.identified()).isEqualTo(4);
    }
}
