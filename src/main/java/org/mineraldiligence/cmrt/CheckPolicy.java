package org.mineraldiligence.cmrt;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the current survey cycle accepts.
 *
 * @param minimumRevision oldest CMRT revision accepted without a warning, e.g. "6.31"
 * @param reportingYear   the calendar year being reported; effective dates before it are flagged
 * @param clock           "today", for effective dates in the future
 */
public record CheckPolicy(String minimumRevision, int reportingYear, Clock clock) {

    public CheckPolicy {
        if (minimumRevision == null || clock == null) {
            throw new IllegalArgumentException("minimumRevision and clock are required");
        }
    }

    /** Minimum 6.31 (older revisions reject dates after 31-Mar-2026), last calendar year, system clock. */
    public static CheckPolicy defaults() {
        Clock clock = Clock.systemDefaultZone();
        return new CheckPolicy("6.31", LocalDate.now(clock).getYear() - 1, clock);
    }
}
