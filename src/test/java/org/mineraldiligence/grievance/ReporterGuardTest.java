package org.mineraldiligence.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ReporterGuardTest {

    MovableClock clock = new MovableClock();
    ReporterGuard guard = new ReporterGuard(clock);

    @Test
    void anAddressMaySendFiveReportsAnHourThenWaits() {
        for (int i = 0; i < ReporterGuard.REPORTS_PER_ADDRESS_PER_HOUR; i++) {
            assertThat(guard.admitReport("198.51.100.1")).as("report " + (i + 1)).isTrue();
        }
        assertThat(guard.admitReport("198.51.100.1")).isFalse();
        assertThat(guard.admitReport("198.51.100.2")).as("another address").isTrue();

        clock.pass(Duration.ofMinutes(61));
        assertThat(guard.admitReport("198.51.100.1")).isTrue();
    }

    @Test
    void aFloodFromManyAddressesIsCappedOverall() {
        for (int i = 0; i < ReporterGuard.REPORTS_PER_HOUR; i++) {
            assertThat(guard.admitReport("10.0." + (i / 250) + "." + (i % 250))).isTrue();
        }
        assertThat(guard.admitReport("192.0.2.99")).isFalse();
    }

    @Test
    void guessingFollowUpLinksIsRefusedAfterTenWrongOnes() {
        for (int i = 0; i < ReporterGuard.WRONG_LINKS_PER_ADDRESS; i++) {
            assertThat(guard.isGuessing("198.51.100.7")).isFalse();
            guard.recordWrongLink("198.51.100.7");
        }
        assertThat(guard.isGuessing("198.51.100.7")).isTrue();
        assertThat(guard.isGuessing("198.51.100.8")).isFalse();
        clock.pass(Duration.ofMinutes(16));
        assertThat(guard.isGuessing("198.51.100.7")).isFalse();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
