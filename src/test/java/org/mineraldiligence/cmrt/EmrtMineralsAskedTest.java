package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.emrt.EmrtPolicyRules;

/**
 * An EMRT counts as the answer for the minerals we asked about only if it declares each of them: one that leaves a
 * mineral out is refused with the cell to change, so no figure says "valid EMRT covering mica" for a file that never
 * covered mica.
 */
class EmrtMineralsAskedTest {

    private static CheckResult check(byte[] file, Set<ExtendedMineral> asked) {
        CheckPolicy defaults = CheckPolicy.defaults();
        return new CmrtChecker(new CheckPolicy(defaults.minimumRevision(), defaults.reportingYear(), defaults.clock(),
                null, List.of(), asked)).alsoEmrt()
                .check("emrt.xlsx", new ByteArrayInputStream(file));
    }

    @Test
    void anEmrt21WithoutAMineralAskedIsInvalidAtThatMineralsSelectionCell() {
        byte[] cobaltOnly = EmrtFixture.validVariant("2.1", f -> {
            for (ExtendedMineral m : ExtendedMineral.values()) {
                if (m != ExtendedMineral.COBALT) {
                    f.deselect(m);
                }
            }
        });

        assertThat(check(cobaltOnly, Set.of(ExtendedMineral.COBALT)).verdict().name()).startsWith("VALID");
        CheckResult mica = check(cobaltOnly, Set.of(ExtendedMineral.COBALT, ExtendedMineral.MICA));
        assertThat(mica.verdict().name()).isEqualTo("INVALID");
        assertThat(mica.errors()).filteredOn(e -> e.ruleId().equals(EmrtPolicyRules.MINERAL_NOT_DECLARED))
                .singleElement().satisfies(e -> {
                    assertThat(e.cell()).isEqualTo("Declaration!E13");
                    assertThat(e.message()).startsWith("We asked you about mica, but this EMRT does not declare it.");
                });
    }

    @Test
    void anEmrt1xAskedForAMineralBeyondCobaltAndMicaIsToldToUseTheEmrt21() {
        byte[] v13 = EmrtFixture.validEmrt("1.3");

        assertThat(check(v13, Set.of(ExtendedMineral.COBALT, ExtendedMineral.MICA)).verdict().name()).startsWith("VALID");
        CheckResult lithium = check(v13, Set.of(ExtendedMineral.LITHIUM));
        assertThat(lithium.errors()).filteredOn(e -> e.ruleId().equals(EmrtPolicyRules.MINERAL_NOT_DECLARED))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("lithium").contains("EMRT 2.1"));
    }
}
