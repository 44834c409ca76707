package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassingFileTest {

    @ParameterizedTest(name = "a completed CMRT {0} passes with at most the old-revision warning")
    @ValueSource(strings = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.4-english", "6.5"})
    void completedTemplatePassesWithOnlyRevisionWarning(String version) {
        CheckResult r = CmrtFixture.checkValid(version);

        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Finding::ruleId).allMatch("CMRT-WARN-OLD-VERSION"::equals);
        assertThat(r.verdict()).isEqualTo(version.equals("6.5") ? Verdict.VALID : Verdict.VALID_WITH_WARNINGS);
        assertThat(r.templateType()).isEqualTo("CMRT");
        assertThat(r.templateVersion()).isEqualTo(version.replace("-english", ""));
    }

    @ParameterizedTest(name = "every field of a completed CMRT {0} is read by address")
    @ValueSource(strings = {"6.01", "6.4", "6.5"})
    void completedTemplateIsReadCompletely(String version) {
        CheckResult r = CmrtFixture.checkValid(version);

        assertThat(r.companyName()).isEqualTo("Acme Components Ltd");
        assertThat(r.declarationScope()).isEqualTo("A");
        assertThat(r.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(r.company().contactEmail()).isEqualTo("jane.doe@acme.example");
        assertThat(r.company().authorizerName()).isEqualTo("John Roe");
        assertThat(r.company().uniqueIdAuthority()).isEqualTo("DUNS");
        assertThat(r.metals()).containsOnlyKeys(Metal.values());
        MetalDeclaration gold = r.metals().get(Metal.GOLD);
        assertThat(gold.inScope()).isTrue();
        assertThat(gold.answers()).containsEntry("Q1", "Yes").containsEntry("Q4", "Unknown").containsEntry("Q6", "100%")
                .containsEntry("Q8", "Yes").hasSize(8);
        assertThat(r.companyQuestions()).containsOnlyKeys("A", "B", "C", "D", "E", "F", "G", "H")
                .containsEntry("H", "No");
        assertThat(r.smelters()).hasSize(4);
        assertThat(r.smelters()).extracting(SmelterRow::metal).containsExactly("Tantalum", "Tin", "Gold", "Tungsten");
        assertThat(r.smelters()).allSatisfy(s -> {
            assertThat(s.smelterId()).matches("CID\\d{6}");
            assertThat(s.idSource()).isEqualTo("RMI");
            assertThat(s.street()).as("0 from OFFSET is blank").isNull();
            assertThat(s.name()).isNotBlank();
            assertThat(s.country()).isNotBlank();
        });
        assertThat(r.smelters().get(0).row()).isEqualTo(5);
    }
}
