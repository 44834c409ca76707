package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotACmrtTest {

    @ParameterizedTest(name = "{0} is recognised as {1} {2} and rejected as not a CMRT")
    @CsvSource({"RMI_EMRT_1.1.xlsx, EMRT, 1.1, an EMRT 1.1", "RMI_EMRT_1.11.xlsx, EMRT, 1.11, an EMRT 1.11",
            "RMI_EMRT_1.2.xlsx, EMRT, 1.2, an EMRT 1.2", "RMI_EMRT_1.3.xlsx, EMRT, 1.3, an EMRT 1.3",
            "RMI_EMRT_2.0.xlsx, EMRT, 2.0, an EMRT 2.0", "RMI_EMRT_2.1.xlsx, EMRT, 2.1, an EMRT 2.1", "RMI_CRT_2.21.xlsx, CRT, 2.2, a CRT 2.2",
            "RMI_AMRT_1.3.xlsx, AMRT, 1.3, an AMRT 1.3"})
    void otherRmiTemplatesAreNotACmrt(String file, String type, String version, String what) {
        CheckResult r = Templates.checker().check(Templates.resource(file));

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_A_CMRT);
        assertThat(r.templateType()).isEqualTo(type);
        assertThat(r.templateVersion()).isEqualTo(version);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CMRT-FILE-NOT-CMRT");
            assertThat(f.message()).startsWith("This is " + what + ", not a CMRT.");
        });
    }
}
