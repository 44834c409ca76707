package org.mineraldiligence.cmrt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the current survey cycle accepts.
 *
 * @param minimumRevision      oldest CMRT revision accepted, e.g. "6.31"; an older workbook is INVALID
 * @param reportingYear        the calendar year being reported; effective dates before it are flagged
 * @param clock                "today", for effective dates in the future
 * @param oldestEffectiveDate  oldest effective date accepted (an earlier one is INVALID), or null for none
 * @param companyNames         the names we know the supplier by; a workbook naming another company is flagged.
 *                             Empty when the check does not know who sent the file (command line, check API).
 * @param emrtMineralsAsked    the extended minerals we asked this supplier about; an EMRT that does not declare one
 *                             of them is INVALID (it would otherwise count as an answer for a mineral it never
 *                             covered). Empty when the check does not know what was asked.
 */
public record CheckPolicy(String minimumRevision, int reportingYear, Clock clock, LocalDate oldestEffectiveDate,
                          List<String> companyNames, Set<ExtendedMineral> emrtMineralsAsked) {

    public CheckPolicy {
        if (minimumRevision == null || clock == null) {
            throw new IllegalArgumentException("minimumRevision and clock are required");
        }
        companyNames = companyNames == null ? List.of() : List.copyOf(companyNames);
        emrtMineralsAsked = emrtMineralsAsked == null || emrtMineralsAsked.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(emrtMineralsAsked));
    }

    public CheckPolicy(String minimumRevision, int reportingYear, Clock clock, LocalDate oldestEffectiveDate,
                       List<String> companyNames) {
        this(minimumRevision, reportingYear, clock, oldestEffectiveDate, companyNames, Set.of());
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
