package org.mineraldiligence.smelter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalStatusTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Compliant|CONFORMANT", "Conformant|CONFORMANT", "  ACTIVE |ACTIVE", "Progressing|ACTIVE",
            "Non-Conformant|NON_CONFORMANT", "non conformant|NON_CONFORMANT", "Not Enrolled|NOT_ENROLLED",
            "Outreach Required|NOT_ENROLLED", "In Communication|IN_COMMUNICATION",
            "Communication Suspended - Not Interested|COMMUNICATION_SUSPENDED",
            "COMMUNICATION SUSPENDED – NOT INTERESTED|COMMUNICATION_SUSPENDED",
            "RMI Due Diligence Review - Unable to Proceed|DUE_DILIGENCE_REVIEW_UNABLE_TO_PROCEED",
            "Due Diligence Review – Unable to Proceed|DUE_DILIGENCE_REVIEW_UNABLE_TO_PROCEED",
            "Not Applicable|CEASED_OPERATIONS"})
    void readsBothErasVocabularyToleratingCaseSpacingAndDashes(String published, CanonicalStatus expected) {
        assertThat(CanonicalStatus.fromPublished(published)).contains(expected);
    }

    @Test
    void unknownTextIsNotGuessed() {
        assertThat(CanonicalStatus.fromPublished("Certified")).isEmpty();
        assertThat(CanonicalStatus.fromPublished("")).isEmpty();
    }

    @Test
    void onlyConformantCountsAsConformantAndActiveIsAlsoInTheAuditProgram() {
        for (CanonicalStatus s : CanonicalStatus.values()) {
            assertThat(s.isConformant()).as(s.name()).isEqualTo(s == CanonicalStatus.CONFORMANT);
            assertThat(s.isInAuditProgram()).as(s.name())
                    .isEqualTo(s == CanonicalStatus.CONFORMANT || s == CanonicalStatus.ACTIVE);
        }
    }
}
