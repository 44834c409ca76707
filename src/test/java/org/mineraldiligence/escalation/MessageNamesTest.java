package org.mineraldiligence.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageNamesTest {

    @Test
    void remindersAreCountedAgainstThePolicyAndThoseSentByHandBeyondItSaySo() {
        assertThat(MessageNames.of("reminder", 2, 4)).isEqualTo("Reminder 2 of 4");
        assertThat(MessageNames.of("reminder", 3, 2)).isEqualTo("Reminder 3 (2 planned)");
        assertThat(MessageNames.of("new-deadline", 0, 2)).isEqualTo("New deadline confirmed");
    }
}
