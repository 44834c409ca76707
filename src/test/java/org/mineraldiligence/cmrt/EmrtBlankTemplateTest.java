package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A blank EMRT gets exactly the errors its own Checker sheet counts in Checker!D2 (31 in 1.x, 68 in 2.x with the
 * six minerals the template ships selected): the proof that every Checker row is here, no more, no fewer.
 */
class EmrtBlankTemplateTest {

    @ParameterizedTest(name = "blank EMRT {0}: {1} errors, as many as its cached Checker!D2")
    @CsvSource({"1.1, 31", "1.11, 31", "1.2, 31", "1.3, 31", "2.0, 68", "2.1, 68"})
    void blankTemplateGivesItsCheckerCount(String revision, int cachedCount) {
        CheckResult r = EmrtFixture.checker().check(EmrtFixture.template(revision));

        assertThat(r.templateType()).isEqualTo("EMRT");
        assertThat(r.templateVersion()).isEqualTo(revision);
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.errors()).hasSize(cachedCount).allSatisfy(f -> {
            assertThat(f.ruleId()).startsWith("EMRT-");
            assertThat(f.cell()).isNotNull();
        });
        assertThat(r.has("EMRT-WARN-CHECKER-CACHE-DIFFERS")).as("our count is the template's").isFalse();
        assertThat(r.smelters()).isEmpty();
        assertThat(r.products()).as("the copyright footer is not a product").isEmpty();
        assertThat(r.mines()).isEmpty();
    }

    @ParameterizedTest(name = "blank EMRT {0} declares the minerals it ships with")
    @ValueSource(strings = {"1.3", "2.1"})
    void blankTemplateMinerals(String revision) {
        CheckResult r = EmrtFixture.checker().check(EmrtFixture.template(revision));

        assertThat(r.minerals().keySet()).containsExactly(revision.startsWith("1")
                ? new ExtendedMineral[] {ExtendedMineral.COBALT, ExtendedMineral.MICA} : ExtendedMineral.values());
        assertThat(r.minerals().values()).as("a blank question 1 keeps a mineral in scope, as in the Checker")
                .allMatch(MetalDeclaration::inScope);
        assertThat(r.metals()).as("no 3TG in an EMRT").isEmpty();
    }

    /**
     * With nothing selected the Checker's formulas leave row 7 ("select minerals") and the eight company fields:
     * 9. The template was not recalculated by Excel here; the count follows from the formulas (EMRT-FORMAT.md §6).
     */
    @ParameterizedTest(name = "EMRT {0} with no mineral selected: 9 errors")
    @ValueSource(strings = {"2.0", "2.1"})
    void nothingSelectedLeavesNine(String revision) {
        EmrtFixture blank = EmrtFixture.blank(revision);
        for (ExtendedMineral m : ExtendedMineral.values()) {
            blank.deselect(m);
        }
        CheckResult r = EmrtFixture.check(blank.bytes());

        assertThat(r.errors()).hasSize(9);
        assertThat(r.errors()).extracting(Finding::ruleId).contains("EMRT-REQ-MINERALS", "EMRT-REQ-COMPANY-NAME",
                "EMRT-REQ-EFFECTIVE-DATE").doesNotContain("EMRT-REQ-COMPANY-A");
        assertThat(r.minerals()).isEmpty();
    }

    @Test
    void blankEmrtFromThePortalsCheckerIsStillNotACmrt() {
        CheckResult r = Templates.checker().check(EmrtFixture.template("2.1"));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_A_CMRT);
        assertThat(r.errors()).singleElement().extracting(Finding::ruleId).isEqualTo("CMRT-FILE-NOT-CMRT");
    }
}
