package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One failing file per RMI Checker rule: a valid 6.5 response with exactly one thing broken. */
class CheckerRuleTest {

    static Stream<Arguments> singleRuleFailures() {
        return Stream.of(
                rule("CMRT-REQ-COMPANY-NAME", "Declaration!D8", f -> f.decl("D8", null)),
                rule("CMRT-REQ-DECLARATION-SCOPE", "Declaration!D9", f -> f.decl("D9", null)),
                rule("CMRT-REQ-SCOPE-DESCRIPTION", "Declaration!D10",
                        f -> f.decl("D9", "C. User defined [Specify in 'Description of scope']")),
                rule("CMRT-REQ-CONTACT-NAME", "Declaration!D15", f -> f.decl("D15", null)),
                rule("CMRT-REQ-CONTACT-EMAIL", "Declaration!D16", f -> f.decl("D16", "jane.doe at acme")),
                rule("CMRT-REQ-CONTACT-PHONE", "Declaration!D17", f -> f.decl("D17", null)),
                rule("CMRT-REQ-AUTHORIZER", "Declaration!D18", f -> f.decl("D18", null)),
                rule("CMRT-REQ-AUTHORIZER-EMAIL", "Declaration!D20", f -> f.decl("D20", null)),
                rule("CMRT-REQ-EFFECTIVE-DATE", "Declaration!D22", f -> f.decl("D22", null)),
                rule("CMRT-REQ-Q3-TANTALUM", "Declaration!D38", f -> f.answer(3, 0, null)),
                rule("CMRT-REQ-Q4-TIN", "Declaration!D45", f -> f.answer(4, 1, null)),
                rule("CMRT-REQ-Q5-GOLD", "Declaration!D52", f -> f.answer(5, 2, null)),
                rule("CMRT-REQ-Q6-TUNGSTEN", "Declaration!D59", f -> f.answer(6, 3, null)),
                rule("CMRT-REQ-Q7-TIN", "Declaration!D63", f -> f.answer(7, 1, null)),
                rule("CMRT-REQ-Q8-GOLD", "Declaration!D70", f -> f.answer(8, 2, null)),
                rule("CMRT-REQ-COMPANY-A", "Declaration!D75", f -> f.decl("D75", null)),
                rule("CMRT-REQ-COMPANY-B", "Declaration!D77", f -> f.decl("D77", null)),
                rule("CMRT-REQ-COMPANY-C", "Declaration!D79", f -> f.decl("D79", null)),
                rule("CMRT-REQ-COMPANY-D", "Declaration!D81", f -> f.decl("D81", null)),
                rule("CMRT-REQ-COMPANY-E", "Declaration!D83", f -> f.decl("D83", null)),
                rule("CMRT-REQ-COMPANY-F", "Declaration!D85", f -> f.decl("D85", null)),
                rule("CMRT-REQ-COMPANY-G", "Declaration!D87", f -> f.decl("D87", null)),
                rule("CMRT-REQ-COMPANY-H", "Declaration!D89", f -> f.decl("D89", null)),
                rule("CMRT-REQ-POLICY-URL", "Declaration!G77", f -> f.decl("G77", "x")),
                rule("CMRT-REQ-PRODUCT-LIST", "Product List!B6", f -> f.decl("D9", "B. Product (or List of Products)")),
                rule("CMRT-SMELTER-MISSING-FOR-METAL", "Smelter List!C5", f -> f.clearSmelterRow(8)),
                rule("CMRT-SMELTER-NOT-LISTED-INCOMPLETE", "Smelter List!E9",
                        f -> f.smelter(9, "B", "Gold").smelter(9, "C", "Smelter not listed").smelter(9, "D", "Golden Refinery")));
    }

    private static Arguments rule(String ruleId, String cell, Consumer<CmrtFixture> change) {
        return Arguments.of(ruleId, cell, change);
    }

    @ParameterizedTest(name = "{0} fires alone, at {1}")
    @MethodSource("singleRuleFailures")
    void eachCheckerRuleFailsTheFileAtItsCell(String ruleId, String cell, Consumer<CmrtFixture> change) {
        CheckResult r = CmrtFixture.checkVariant("6.5", change);

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.errors()).extracting(Finding::ruleId).containsExactly(ruleId);
        assertThat(r.errors().get(0).cell()).isEqualTo(cell);
        assertThat(r.errors().get(0).message()).isNotBlank();
    }

    @Test
    void blankQ1FiresQ1Q2AndEveryLaterQuestionForThatMetal() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.answer(1, 1, null));

        assertThat(r.errors()).extracting(Finding::ruleId).contains("CMRT-REQ-Q1-TIN", "CMRT-REQ-Q2-TIN",
                "CMRT-REQ-Q3-TIN", "CMRT-REQ-Q8-TIN").hasSize(8);
    }

    @Test
    void yesToQ1WithBlankQ2FiresQ2AllDueDiligenceQuestionsButNotTheSmelterRuleWhenSmeltersExist() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.answer(2, 0, null));

        assertThat(r.errors()).extracting(Finding::ruleId).containsExactlyInAnyOrder("CMRT-REQ-Q2-TANTALUM",
                "CMRT-REQ-Q3-TANTALUM", "CMRT-REQ-Q4-TANTALUM", "CMRT-REQ-Q5-TANTALUM", "CMRT-REQ-Q6-TANTALUM",
                "CMRT-REQ-Q7-TANTALUM", "CMRT-REQ-Q8-TANTALUM");
    }

    @Test
    void metalOutOfScopeNeedsNoFurtherAnswersNorSmelters() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> {
            f.answer(1, 3, "No");
            for (int q = 2; q <= 8; q++) {
                f.answer(q, 3, null);
            }
            f.clearSmelterRow(8);
        });

        assertThat(r.errors()).isEmpty();
        assertThat(r.metals().get(Metal.TUNGSTEN).inScope()).isFalse();
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void noMetalInScopeMeansCompanyQuestionsAreNotRequired() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> {
            for (int m = 0; m < 4; m++) {
                f.answer(1, m, "Yes").answer(2, m, "No");
                for (int q = 3; q <= 8; q++) {
                    f.answer(q, m, null);
                }
            }
            for (int i = 0; i < 8; i++) {
                f.decl("D" + (75 + 2 * i), null);
            }
            for (int row = 5; row <= 8; row++) {
                f.clearSmelterRow(row);
            }
        });

        assertThat(r.errors()).isEmpty();
        assertThat(r.metals().values()).noneMatch(MetalDeclaration::inScope);
    }
}
