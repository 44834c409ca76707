package org.mineraldiligence.cmrt;

import org.mineraldiligence.cmrt.check.CmrtChecker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mineraldiligence.cmrt.rules.CompanyNameWarning;

/** The cycle's policy and the plausibility warnings, on workbooks filled from the real 6.5 template. */
class PolicyAndPlausibilityTest {

    private static CheckResult check(CheckPolicy policy, byte[] workbook) {
        return new CmrtChecker(policy).check("f.xlsx", new ByteArrayInputStream(workbook));
    }

    private static CheckPolicy policy(LocalDate oldestEffectiveDate, List<String> names) {
        return new CheckPolicy("6.31", 2025, Templates.POLICY.clock(), oldestEffectiveDate, names);
    }

    @Test
    void effectiveDateBeforeThePolicysOldestIsInvalidAndListedFirst() {
        // 31-Jan-2025 in the fixture; the policy accepts answers valid from 1 March 2025; D9 missing too
        CheckResult r = check(policy(LocalDate.of(2025, 3, 1), List.of()),
                CmrtFixture.validVariant("6.5", f -> f.decl("D9", null)));

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.errors()).extracting(Finding::ruleId)
                .containsExactly("CMRT-POLICY-EFFECTIVE-DATE", "CMRT-REQ-DECLARATION-SCOPE");
        assertThat(r.errors().get(0).message()).startsWith("The effective date is before 1 March 2025, the oldest we accept");
        assertThat(r.errors().get(0).cell()).isEqualTo("Declaration!D22");
    }

    @Test
    void effectiveDateOnTheOldestAcceptedDayIsAccepted() {
        CheckResult r = check(policy(LocalDate.of(2025, 1, 31), List.of()), CmrtFixture.validVariant("6.5", f -> { }));

        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void effectiveDateBeforeTheReportingYearIsANote() {
        CheckResult r = check(new CheckPolicy("6.31", 2026, Templates.POLICY.clock()), CmrtFixture.validVariant("6.5", f -> { }));

        assertThat(r.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.ruleId()).isEqualTo("CMRT-WARN-EFFECTIVE-DATE");
            assertThat(w.message()).contains("before the reporting year 2026");
        });
    }

    @Test
    void anotherCompanysWorkbookIsFlaggedWithoutEchoingItsName() {
        CheckResult r = check(policy(null, List.of("Shenzhen Huatai Electronics Co., Ltd.")),
                CmrtFixture.validVariant("6.5", f -> f.decl("D8", "JX Advanced Metals Corporation")));

        assertThat(r.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.ruleId()).isEqualTo("CMRT-WARN-COMPANY-NAME-DIFFERS");
            assertThat(w.cell()).isEqualTo("Declaration!D8");
            assertThat(w.message()).contains("is not Shenzhen Huatai Electronics Co., Ltd.").doesNotContain("JX");
        });
    }

    @Test
    void aKnownOtherNameOfTheSupplierIsAccepted() {
        CheckResult r = check(policy(null, List.of("Shenzhen Huatai Electronics Co., Ltd.", "JX Advanced Metals")),
                CmrtFixture.validVariant("6.5", f -> f.decl("D8", "JX Advanced Metals Corporation")));

        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void withoutKnownNamesTheNameIsNotJudged() {
        CheckResult r = check(policy(null, List.of()), CmrtFixture.validVariant("6.5", f -> f.decl("D8", "Anyone Ltd")));

        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" is the same company as \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "Shenzhen Huatai Electronics Co., Ltd.|SHENZHEN HUATAI ELECTRONICS CO LTD|true",
            "Shenzhen Huatai Electronics Co., Ltd.|Huatai Electronics|true",
            "Shenzhen Huatai Electronics Co., Ltd.|Shenzhen Huatai Electroncs Co. Ltd|true",
            "Société Générale de Métaux S.A.|Societe Generale de Metaux|true",
            "Acme Components Ltd|ACME Components Limited|true",
            "Müller & Söhne GmbH|Mueller und Soehne GmbH|false",
            "Shenzhen Huatai Electronics Co., Ltd.|Shenzhen Jinhui Plastics Co., Ltd.|false",
            "Shenzhen Huatai Electronics Co., Ltd.|Shenzhen|false",
            "Shenzhen Huatai Electronics Co., Ltd.|JX Advanced Metals Corporation|false",
            "Acme Components Ltd|Acme Metals Ltd|false"})
    void companyNamesAreComparedNormalisedAndFuzzily(String known, String declared, boolean same) {
        assertThat(CompanyNameWarning.sameCompany(known, declared)).isEqualTo(same);
    }
}
