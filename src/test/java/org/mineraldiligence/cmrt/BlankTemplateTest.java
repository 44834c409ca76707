package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlankTemplateTest {

    @ParameterizedTest(name = "blank CMRT {0} is recognised as the empty template: one finding, where to start")
    @ValueSource(strings = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.4-english", "6.5"})
    void blankTemplateGetsOneFindingThatSaysSo(String version) {
        CheckResult r = Templates.checker().check(Templates.cmrt(version));

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CMRT-EMPTY-TEMPLATE");
            assertThat(f.message()).startsWith("This is the empty CMRT template: nothing has been filled in yet. "
                    + "Fill in first your company details");
            assertThat(f.cell()).isEqualTo("Declaration!D8");
        });
        assertThat(r.smelters()).hasSize(version.equals("6.4") ? 1 : 0);
        assertThat(r.products()).as("the copyright footer is not a product").isEmpty();
    }

    @ParameterizedTest(name = "CMRT {0} with only a company name gives the Checker's {1} errors, as its cached Checker!D2 does less one")
    @CsvSource({"6.01, 52", "6.1, 52", "6.22, 52", "6.31, 50", "6.4, 51", "6.4-english, 52", "6.5, 52"})
    void oneTypedCellIsNoLongerTheEmptyTemplate(String version, int blankCheckerErrors) {
        CmrtFixture started = CmrtFixture.blank(version);
        started.decl("D8", "Acme Components Ltd");
        CheckResult r = Templates.checker().check("started.xlsx", new ByteArrayInputStream(started.bytes()));

        assertThat(r.has("CMRT-EMPTY-TEMPLATE")).isFalse();
        assertThat(r.errors()).as("every Checker rule but the company name").hasSize(blankCheckerErrors - 1);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("CMRT-WARN-CHECKER-CACHE-DIFFERS"))
                .as("the cached count is the blank's, one more than now").singleElement()
                .satisfies(f -> assertThat(f.message()).contains("shows " + blankCheckerErrors + " open items")
                        .contains("finds " + (blankCheckerErrors - 1)));
    }

    @org.junit.jupiter.api.Test
    void answersWithoutTheCompanyBlockAreNotTheEmptyTemplate() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> {
            for (String cell : new String[] {"D8", "D9", "D12", "D13", "D14", "D15", "D16", "D17", "D18", "D19", "D20", "D21", "D22"}) {
                f.decl(cell, null);
            }
        });

        assertThat(r.has("CMRT-EMPTY-TEMPLATE")).isFalse();
        assertThat(r.errors()).extracting(Finding::ruleId).contains("CMRT-REQ-COMPANY-NAME", "CMRT-REQ-EFFECTIVE-DATE");
    }
}
