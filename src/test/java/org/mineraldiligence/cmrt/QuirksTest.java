package org.mineraldiligence.cmrt;

import org.mineraldiligence.cmrt.check.CmrtChecker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The real-world quirks of spec §13. */
class QuirksTest {

    @Test
    void numericOneForQ6IsHundredPercentAndAcceptedSilentlyIn601() {
        CheckResult r = CmrtFixture.checkVariant("6.01", f -> f.answer(6, 1, 1));

        assertThat(r.metals().get(Metal.TIN).answers()).containsEntry("Q6", "100%");
        assertThat(r.has("CMRT-WARN-ANSWER-NOT-IN-LIST")).isFalse();
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void numericOneForQ6IsHundredPercentButFlaggedFrom631() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.answer(6, 1, 1));

        assertThat(r.metals().get(Metal.TIN).answers()).containsEntry("Q6", "100%");
        assertThat(r.warnings()).extracting(Finding::ruleId, Finding::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CMRT-WARN-ANSWER-NOT-IN-LIST", "Declaration!D57"));
    }

    @Test
    void effectiveDateTypedAsTextIsReadAsADate() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.decl("D22", "02-May-2025"));

        assertThat(r.effectiveDate()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void ambiguousSlashDateIsFlaggedAndLeftUnset() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.decl("D22", "03/04/2025"));

        assertThat(r.effectiveDate()).isNull();
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-EFFECTIVE-DATE");
        assertThat(r.errors()).as("RMI accepts any non-blank date").isEmpty();
    }

    @Test
    void effectiveDateInTheFutureOrBeforeTheReportingYearIsFlagged() {
        CheckResult future = CmrtFixture.checkVariant("6.5", f -> f.number("Declaration", "D22", 46200)); // 2026-06-27
        CheckResult old = CmrtFixture.checkVariant("6.5", f -> f.number("Declaration", "D22", 44000)); // 2020-06-18

        assertThat(future.warnings()).extracting(Finding::message).singleElement().asString().contains("future");
        assertThat(old.warnings()).extracting(Finding::message).singleElement().asString().contains("reporting year 2025");
    }

    @Test
    void tabsNbspAndPaddingAreNormalisedAndAnswersWithSpacesAreFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> {
            f.decl("D8", "\tAcme\u00a0Components   Ltd  ");
            f.answer(1, 2, "Yes ");
            f.smelter(5, "D", "  Some\tName ");
            f.smelter(5, "R", null);
        });

        assertThat(r.companyName()).isEqualTo("Acme Components Ltd");
        assertThat(r.metals().get(Metal.GOLD).answers()).containsEntry("Q1", "Yes");
        assertThat(r.smelters().get(0).name()).isEqualTo("Some Name");
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Finding::ruleId, Finding::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CMRT-WARN-ANSWER-NOT-IN-LIST", "Declaration!D28"));
    }

    @Test
    void zeroInAutoFilledColumnsReadsAsBlank() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.smelter(5, "H", "0").smelter(5, "I", 0).smelter(5, "J", "0"));

        SmelterRow s = r.smelters().get(0);
        assertThat(s.street()).isNull();
        assertThat(s.city()).isNull();
        assertThat(s.state()).isNull();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void duplicateSmelterRowsAreFlaggedOnce() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.smelterFromLookup(9, Metal.GOLD, 0));

        assertThat(r.smelters()).hasSize(5);
        assertThat(r.warnings()).extracting(Finding::ruleId, Finding::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CMRT-WARN-SMELTER-DUPLICATE", "Smelter List!C9"));
    }

    @Test
    void whitespaceOnlyMandatoryFieldPassesRmiButIsFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.decl("D15", "   "));

        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-WHITESPACE-ONLY");
    }

    @Test
    void placeholderAndSameAuthorizerAreFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.decl("D18", "Same").decl("D17", "N/A"));

        assertThat(r.warnings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("CMRT-WARN-AUTHORIZER-SAME", "CMRT-WARN-PLACEHOLDER-VALUE");
    }

    @Test
    void smelterIdWithoutLeadingZerosIsNormalisedAndFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> {
            String cid = f.smelterText(5, "F");
            f.smelter(5, "F", "cid " + Integer.parseInt(cid.substring(3)));
        });

        assertThat(r.smelters().get(0).smelterId()).matches("CID\\d{6}");
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-SMELTER-ID-FORMAT");
    }

    @Test
    void formulaWithoutCachedValueIsResolvedFromTheCidInColumnA() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> {
            String cid = f.smelterText(6, "F");
            f.clearSmelterRow(6);
            f.smelter(6, "A", cid);
            f.formulaWithoutCache("Smelter List", "B6", "IF(A6=\"\",\"\",\"Tin\")");
            f.formulaWithoutCache("Smelter List", "C6", "IF(A6=\"\",\"\",\"x\")");
        });

        SmelterRow tin = r.smelters().get(1);
        assertThat(tin.metal()).isEqualTo("Tin");
        assertThat(tin.lookupName()).isNotBlank();
        assertThat(tin.smelterId()).matches("CID\\d{6}");
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Finding::ruleId).contains("CMRT-WARN-FORMULA-WITHOUT-CACHE");
    }

    @Test
    void smeltersForAMetalDeclaredOutOfScopeAreFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> {
            f.answer(1, 3, "No");
            for (int q = 2; q <= 8; q++) {
                f.answer(q, 3, null);
            }
        });

        assertThat(r.warnings()).extracting(Finding::ruleId, Finding::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CMRT-WARN-SMELTER-FOR-UNDECLARED-METAL", "Smelter List!B8"));
    }

    @Test
    void inScopeMetalWithOnlyNotYetIdentifiedIsFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.clearSmelterRow(6).smelter(6, "B", "Tin")
                .smelter(6, "C", "Smelter not yet identified").answer(7, 1, "No"));

        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-SMELTERS-NOT-YET-IDENTIFIED");
    }

    @Test
    void allSmeltersIdentifiedWhileNotAllSuppliersAnsweredIsFlagged() {
        CheckResult r = CmrtFixture.checkVariant("6.5", f -> f.answer(6, 0, "Greater than 90%"));

        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-ALL-IDENTIFIED-PARTIAL-RESPONSE");
    }

    @Test
    void revisionBelowTheCycleMinimumMakesTheWorkbookInvalid() {
        CheckPolicy strict = new CheckPolicy("6.31", 2025, Templates.POLICY.clock());
        CheckResult r = new CmrtChecker(strict).check("f.xlsx",
                new java.io.ByteArrayInputStream(CmrtFixture.validVariant("6.22", f -> { })));

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("CMRT-POLICY-OLD-REVISION");
            assertThat(e.message()).startsWith("This is CMRT 6.22; we accept 6.31 or newer.")
                    .contains("revisions before 6.31 also refuse effective dates after 31 March 2026");
        });
    }

    @Test
    void revisionAtTheMinimumButNotTheNewestIsANote() {
        CheckPolicy strict = new CheckPolicy("6.31", 2025, Templates.POLICY.clock());
        CheckResult r = new CmrtChecker(strict).check("f.xlsx",
                new java.io.ByteArrayInputStream(CmrtFixture.validVariant("6.31", f -> { })));

        assertThat(r.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-OLD-VERSION");
    }
}
