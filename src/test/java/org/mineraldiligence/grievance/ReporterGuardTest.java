package org.mineraldiligence.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.grievance.ReporterGuard.Admission;

class ReporterGuardTest {

    MovableClock clock = new MovableClock();
    ReporterGuard guard = new ReporterGuard(clock);

    @Test
    void anAddressMaySendFiveReportsAnHourThenWaits() {
        for (int i = 0; i < ReporterGuard.REPORTS_PER_ADDRESS_PER_HOUR; i++) {
            assertThat(guard.admitReport("198.51.100.1")).as("report " + (i + 1)).isEqualTo(Admission.ADMITTED);
        }
        assertThat(guard.admitReport("198.51.100.1")).isEqualTo(Admission.TRY_IN_AN_HOUR);
        assertThat(guard.admitReport("198.51.100.2")).as("another address").isEqualTo(Admission.ADMITTED);

        clock.pass(Duration.ofMinutes(61));
        assertThat(guard.admitReport("198.51.100.1")).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void aFloodFromManyAddressesOnlySlowsTheFormForAMinute() {
        // The flood: 198 reports from 44 addresses within the hour.
        int admitted = 0;
        for (int minute = 0; minute < 60 && admitted < 198; minute++) {
            for (int i = 0; i < 44; i++) {
                if (guard.admitReport("10.0.0." + i) == Admission.ADMITTED) {
                    admitted++;
                }
            }
            assertThat(guard.admitReport("192.0.2." + minute)).as("a new reporter at minute " + minute)
                    .isIn(Admission.ADMITTED, Admission.TRY_IN_A_MINUTE);
            clock.pass(Duration.ofSeconds(61));
            assertThat(guard.admitReport("192.0.3." + minute)).as("a minute later the form takes reports again")
                    .isEqualTo(Admission.ADMITTED);
        }
        assertThat(admitted).isLessThanOrEqualTo(44 * ReporterGuard.REPORTS_PER_ADDRESS_PER_HOUR);
    }

    @Test
    void theCeilingOverAllAddressesIsPerMinute() {
        for (int i = 0; i < ReporterGuard.REPORTS_PER_MINUTE; i++) {
            assertThat(guard.admitReport("10.1.0." + i)).isEqualTo(Admission.ADMITTED);
        }
        assertThat(guard.admitReport("192.0.2.99")).isEqualTo(Admission.TRY_IN_A_MINUTE);
        clock.pass(Duration.ofSeconds(61));
        assertThat(guard.admitReport("192.0.2.99")).isEqualTo(Admission.ADMITTED);
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
