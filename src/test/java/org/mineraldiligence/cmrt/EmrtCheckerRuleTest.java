package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One failing file per row of the EMRT's own Checker sheet: a valid EMRT filled from the real template with
 * exactly one thing broken fails with exactly that rule, at that cell. 1.3 stands for 1.2/1.3 (identical
 * Checkers), 2.1 for 2.0/2.1; what 1.1/1.11 do differently has its own tests.
 */
class EmrtCheckerRuleTest {

    private static final String USER_DEFINED = "C. User defined [Specify in 'Description of scope']";
    private static final String PRODUCT_SCOPE = "B. Product (or List of Products)";

    static Stream<Arguments> revisionOneRules() {
        return Stream.of(
                rule("EMRT-REQ-COMPANY-NAME", "Declaration!D8", f -> f.decl("D8", null)),
                rule("EMRT-REQ-DECLARATION-SCOPE", "Declaration!D9", f -> f.decl("D9", null)),
                rule("EMRT-REQ-SCOPE-DESCRIPTION", "Declaration!D10", f -> f.decl("D9", USER_DEFINED)),
                rule("EMRT-REQ-CONTACT-NAME", "Declaration!D15", f -> f.decl("D15", null)),
                rule("EMRT-REQ-CONTACT-EMAIL", "Declaration!D16", f -> f.decl("D16", "jane.doe at acme")),
                rule("EMRT-REQ-CONTACT-PHONE", "Declaration!D17", f -> f.decl("D17", null)),
                rule("EMRT-REQ-AUTHORIZER", "Declaration!D18", f -> f.decl("D18", null)),
                rule("EMRT-REQ-AUTHORIZER-EMAIL", "Declaration!D20", f -> f.decl("D20", null)),
                rule("EMRT-REQ-EFFECTIVE-DATE", "Declaration!D22", f -> f.decl("D22", null)),
                rule("EMRT-REQ-Q1-COBALT", "Declaration!D26", f -> f.answer(1, 0, null)),
                rule("EMRT-REQ-Q1-MICA", "Declaration!D27", f -> f.answer(1, 1, null)),
                rule("EMRT-REQ-Q2-MICA", "Declaration!D33", f -> f.answer(2, 1, null)),
                rule("EMRT-REQ-Q3-COBALT", "Declaration!D38", f -> f.answer(3, 0, null)),
                rule("EMRT-REQ-Q4-COBALT", "Declaration!D44", f -> f.answer(4, 0, null)),
                rule("EMRT-REQ-Q5-MICA", "Declaration!D51", f -> f.answer(5, 1, null)),
                rule("EMRT-REQ-Q6-COBALT", "Declaration!D56", f -> f.answer(6, 0, null)),
                rule("EMRT-REQ-Q7-MICA", "Declaration!D63", f -> f.answer(7, 1, null)),
                rule("EMRT-REQ-COMPANY-A", "Declaration!D69", f -> f.companyQuestion('A', null)),
                rule("EMRT-REQ-COMPANY-B", "Declaration!D71", f -> f.companyQuestion('B', null)),
                rule("EMRT-REQ-POLICY-URL", "Declaration!G71", f -> f.decl("G71", "x")),
                rule("EMRT-REQ-COMPANY-C-COBALT", "Declaration!D74", f -> f.companyC(0, null)),
                rule("EMRT-REQ-COMPANY-C-MICA", "Declaration!D75", f -> f.companyC(1, null)),
                rule("EMRT-REQ-COMPANY-D", "Declaration!D77", f -> f.companyQuestion('D', null)),
                rule("EMRT-REQ-COMPANY-E", "Declaration!D79", f -> f.companyQuestion('E', null)),
                rule("EMRT-REQ-COMPANY-E", "Declaration!G79", f -> f.companyQuestion('E', "Yes, Using Other Format (Describe)")),
                rule("EMRT-REQ-COMPANY-F", "Declaration!D81", f -> f.companyQuestion('F', null)),
                rule("EMRT-REQ-COMPANY-G", "Declaration!D83", f -> f.companyQuestion('G', null)),
                rule("EMRT-REQ-PRODUCT-LIST", "Product List!B6", f -> f.decl("D9", PRODUCT_SCOPE)),
                rule("EMRT-SMELTER-MISSING-FOR-MINERAL", "Smelter List!C5", f -> f.clearSmelterRow(6)),
                rule("EMRT-SMELTER-NOT-LISTED-INCOMPLETE", "Smelter List!E7", f -> f.smelter(7, "B", "Cobalt")
                        .smelter(7, "C", "Smelter not listed").smelter(7, "D", "Katanga Cobalt Works")));
    }

    static Stream<Arguments> revisionTwoRules() {
        return Stream.of(
                rule("EMRT-REQ-COMPANY-NAME", "Declaration!D8", f -> f.decl("D8", null)),
                rule("EMRT-REQ-DECLARATION-SCOPE", "Declaration!D9", f -> f.decl("D9", null)),
                rule("EMRT-REQ-SCOPE-DESCRIPTION", "Declaration!D10", f -> f.decl("D9", USER_DEFINED)),
                rule("EMRT-REQ-MINERALS", "Declaration!D12", f -> {
                    for (ExtendedMineral m : ExtendedMineral.values()) {
                        f.deselect(m);
                    }
                }),
                rule("EMRT-REQ-CONTACT-NAME", "Declaration!D19", f -> f.decl("D19", null)),
                rule("EMRT-REQ-CONTACT-EMAIL", "Declaration!D20", f -> f.decl("D20", "jane.doe at acme")),
                rule("EMRT-REQ-CONTACT-PHONE", "Declaration!D21", f -> f.decl("D21", null)),
                rule("EMRT-REQ-AUTHORIZER", "Declaration!D22", f -> f.decl("D22", null)),
                rule("EMRT-REQ-AUTHORIZER-EMAIL", "Declaration!D24", f -> f.decl("D24", "john.roe")),
                rule("EMRT-REQ-EFFECTIVE-DATE", "Declaration!D26", f -> f.decl("D26", null)),
                rule("EMRT-REQ-Q1-COBALT", "Declaration!D30", f -> f.answer(1, 0, null)),
                rule("EMRT-REQ-Q2-COPPER", "Declaration!D43", f -> f.answer(2, 1, null)),
                rule("EMRT-REQ-Q3-GRAPHITE", "Declaration!D56", f -> f.answer(3, 2, null)),
                rule("EMRT-REQ-Q4-LITHIUM", "Declaration!D69", f -> f.answer(4, 3, null)),
                rule("EMRT-REQ-Q5-MICA", "Declaration!D82", f -> f.answer(5, 4, null)),
                rule("EMRT-REQ-Q6-NICKEL", "Declaration!D95", f -> f.answer(6, 5, null)),
                rule("EMRT-REQ-Q7-COBALT", "Declaration!D102", f -> f.answer(7, 0, null)),
                rule("EMRT-REQ-COMPANY-A", "Declaration!D115", f -> f.companyQuestion('A', null)),
                rule("EMRT-REQ-COMPANY-B", "Declaration!D117", f -> f.companyQuestion('B', null)),
                rule("EMRT-REQ-POLICY-URL", "Declaration!G117", f -> f.decl("G117", null)),
                rule("EMRT-REQ-COMPANY-C-COBALT", "Declaration!D120", f -> f.companyC(0, null)),
                rule("EMRT-REQ-COMPANY-C-MICA", "Declaration!D124", f -> f.companyC(4, null)),
                rule("EMRT-REQ-COMPANY-D", "Declaration!D131", f -> f.companyQuestion('D', null)),
                rule("EMRT-REQ-COMPANY-E", "Declaration!D133", f -> f.companyQuestion('E', null)),
                rule("EMRT-REQ-COMPANY-F", "Declaration!D135", f -> f.companyQuestion('F', null)),
                rule("EMRT-REQ-COMPANY-G", "Declaration!D137", f -> f.companyQuestion('G', null)),
                rule("EMRT-REQ-PRODUCT-LIST", "Product List!B6", f -> f.decl("D9", PRODUCT_SCOPE)),
                rule("EMRT-SMELTER-MISSING-FOR-MINERAL", "Smelter List!C5", f -> f.clearSmelterRow(10)),
                rule("EMRT-SMELTER-NOT-LISTED-INCOMPLETE", "Smelter List!D11", f -> f.smelter(11, "B", "Nickel")
                        .smelter(11, "C", "Smelter not listed").smelter(11, "E", "Finland")));
    }

    private static Arguments rule(String ruleId, String cell, Consumer<EmrtFixture> change) {
        return Arguments.of(ruleId, cell, change);
    }

    @ParameterizedTest(name = "valid EMRT {0} filled from the real template passes with nothing to say")
    @ValueSource(strings = {"1.1", "1.11", "1.2", "1.3", "2.0", "2.1"})
    void validFilePasses(String revision) {
        CheckResult r = EmrtFixture.check(EmrtFixture.validEmrt(revision));

        assertThat(r.findings()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
        assertThat(r.templateType()).isEqualTo("EMRT");
        assertThat(r.templateVersion()).isEqualTo(revision);
        assertThat(r.companyName()).isEqualTo("Acme Components Ltd");
        assertThat(r.effectiveDate()).hasToString("2025-01-31");
        assertThat(r.smelters()).hasSize(revision.startsWith("1") ? 2 : 6);
        assertThat(r.mines()).hasSize(revision.startsWith("1") ? 0 : 1);
    }

    @ParameterizedTest(name = "EMRT 1.3: {0} fires alone, at {1}")
    @MethodSource("revisionOneRules")
    void eachRevisionOneCheckerRowFailsTheFileAtItsCell(String ruleId, String cell, Consumer<EmrtFixture> change) {
        assertSingleError(EmrtFixture.checkVariant("1.3", change), ruleId, cell);
    }

    @ParameterizedTest(name = "EMRT 2.1: {0} fires alone, at {1}")
    @MethodSource("revisionTwoRules")
    void eachRevisionTwoCheckerRowFailsTheFileAtItsCell(String ruleId, String cell, Consumer<EmrtFixture> change) {
        assertSingleError(EmrtFixture.checkVariant("2.1", change), ruleId, cell);
    }

    private static void assertSingleError(CheckResult r, String ruleId, String cell) {
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.errors()).extracting(Finding::ruleId).containsExactly(ruleId);
        assertThat(r.errors().get(0).cell()).isEqualTo(cell);
        assertThat(r.errors().get(0).message()).isNotBlank();
    }

    @Test
    void revisionOneOneRequiresTheCommentOfQuestionA() {
        assertSingleError(EmrtFixture.checkVariant("1.1", f -> f.decl("G69", null)), "EMRT-REQ-A-COMMENT", "Declaration!G69");
        assertThat(EmrtFixture.checkVariant("1.3", f -> f.decl("G69", null)).verdict()).isEqualTo(Verdict.VALID);
    }

    @ParameterizedTest(name = "EMRT {0} counts no 'Smelter not listed' row in Checker!D2: a warning only")
    @ValueSource(strings = {"1.1", "1.11"})
    void revisionOneOneOnlyWarnsAboutAnIncompleteNotListedRow(String revision) {
        CheckResult r = EmrtFixture.checkVariant(revision, f -> f.smelter(7, "B", "Cobalt")
                .smelter(7, "C", "Smelter not listed").smelter(7, "D", "Katanga Cobalt Works"));

        assertThat(r.errors()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("EMRT-WARN-SMELTER-NOT-LISTED-INCOMPLETE");
        assertThat(r.findings().get(0).cell()).isEqualTo("Smelter List!E7");
    }

    @Test
    void revisionOneAsksQuestionFourForCobaltOnly() {
        assertThat(EmrtFixture.checkVariant("1.3", f -> f.answer(4, 1, null)).errors()).isEmpty();
    }

    @Test
    void aClearedSpareRowOfRevisionOneCountsLikeTheChecker() {
        CheckResult r = EmrtFixture.checkVariant("1.3", f -> f.decl("D28", null));

        assertThat(r.errors()).extracting(Finding::ruleId).containsExactly("EMRT-REQ-Q1-SPARE-3", "EMRT-REQ-Q3-SPARE-3",
                "EMRT-REQ-Q4-SPARE-3", "EMRT-REQ-Q5-SPARE-3", "EMRT-REQ-Q6-SPARE-3", "EMRT-REQ-Q7-SPARE-3");
    }

    @ParameterizedTest(name = "EMRT 2.1: cobalt answered ''{0}'' to question 1 needs nothing more")
    @ValueSource(strings = {"No", "Unknown", "Not declaring"})
    void mineralOutOfScopeNeedsNoFurtherAnswersNorSmelters(String q1) {
        CheckResult r = EmrtFixture.checkVariant("2.1", f -> {
            f.answer(1, 0, q1).companyC(0, null).clearSmelterRow(5).set("Mine List", "A5", "Nickel");
            for (int q = 2; q <= 7; q++) {
                f.answer(q, 0, null);
            }
        });

        assertThat(r.errors()).isEmpty();
        assertThat(r.minerals().get(ExtendedMineral.COBALT).inScope()).isFalse();
        assertThat(r.minerals().get(ExtendedMineral.COBALT).answers()).containsEntry("Q1", q1).containsEntry("Q2", null);
    }

    @Test
    void theSelectedMineralsArePackedInAlphabeticalOrder() {
        CheckResult r = EmrtFixture.checkVariant("2.1", f -> f.deselect(ExtendedMineral.COPPER)
                .deselect(ExtendedMineral.GRAPHITE).deselect(ExtendedMineral.LITHIUM).answer(1, 1, null));

        assertThat(r.minerals().keySet()).containsExactly(ExtendedMineral.COBALT, ExtendedMineral.MICA, ExtendedMineral.NICKEL);
        assertThat(r.errors()).extracting(Finding::cell).as("mica is the second selected, so it answers in row 31")
                .containsExactly("Declaration!D31");
        assertThat(r.errors()).extracting(Finding::ruleId).containsExactly("EMRT-REQ-Q1-MICA");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("EMRT-WARN-SMELTER-FOR-UNDECLARED-MINERAL"))
                .extracting(Finding::cell).containsExactly("Smelter List!B6", "Smelter List!B7", "Smelter List!B8");
    }

    @Test
    void noMineralInScopeMeansCompanyQuestionsAreNotRequired() {
        CheckResult r = EmrtFixture.checkVariant("1.3", f -> {
            for (int m = 0; m < 2; m++) {
                f.answer(1, m, "Yes").answer(2, m, "No").companyC(m, null);
                for (int q = 3; q <= 7; q++) {
                    f.answer(q, m, null);
                }
            }
            for (char letter : new char[] {'A', 'B', 'D', 'E', 'F', 'G'}) {
                f.companyQuestion(letter, null);
            }
            f.clearSmelterRow(5).clearSmelterRow(6);
        });

        assertThat(r.errors()).isEmpty();
        assertThat(r.minerals().values()).noneMatch(MetalDeclaration::inScope);
    }
}
