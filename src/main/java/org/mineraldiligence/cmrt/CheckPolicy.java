package org.mineraldiligence.cmrt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the current survey cycle accepts.
 *
 * @param minimumRevision      oldest CMRT revision accepted, e.g. "6.31"; an older workbook is INVALID
 * @param reportingYear        the calendar year being reported; effective dates before it are flagged
 * @param clock                "today", for effective dates in the future
 * @param oldestEffectiveDate  oldest effective date accepted (an earlier one is INVALID), or null for none
 * @param companyNames         the names we know the supplier by; a workbook naming another company is flagged.
 *                             Empty when the check does not know who sent the file (command line, check API).
 */
public record CheckPolicy(String minimumRevision, int reportingYear, Clock clock, LocalDate oldestEffectiveDate,
                          List<String> companyNames) {

    public CheckPolicy {
        if (minimumRevision == null || clock == null) {
            throw new IllegalArgumentException("minimumRevision and clock are required");
        }
        companyNames = companyNames == null ? List.of() : List.copyOf(companyNames);
    }

    /** A policy without an effective-date limit, for a sender we do not know. */
    public CheckPolicy(String minimumRevision, int reportingYear, Clock clock) {
        this(minimumRevision, reportingYear, clock, null, List.of());
    }

    /** Minimum 6.31 (older revisions reject dates after 31-Mar-2026), last calendar year, system clock. */
    public static CheckPolicy defaults() {
        Clock clock = Clock.systemDefaultZone();
        return new CheckPolicy("6.31", LocalDate.now(clock).getYear() - 1, clock);
    }
}
