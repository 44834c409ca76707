package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlankTemplateTest {

    @ParameterizedTest(name = "blank CMRT {0} gives exactly {1} Checker errors, as its cached Checker!D2 does")
    @CsvSource({"6.01, 52", "6.1, 52", "6.22, 52", "6.31, 50", "6.4, 51", "6.4-english, 52", "6.5, 52"})
    void blankTemplateGivesTheCheckerErrorCount(String version, int errors) {
        CheckResult r = Templates.checker().check(Templates.cmrt(version));

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.errors()).hasSize(errors);
        assertThat(r.has("CMRT-WARN-CHECKER-CACHE-DIFFERS")).as("computed count equals cached Checker!D2").isFalse();
        assertThat(r.smelters()).hasSize(version.equals("6.4") ? 1 : 0);
        assertThat(r.products()).as("the copyright footer is not a product").isEmpty();
    }
}
