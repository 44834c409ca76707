package org.mineraldiligence.smelter;

import java.time.LocalDate;
import java.time.Period;

/**
 * How old the reference list in use is, and whether that should worry the reader: statuses dated before the end of
 * the reporting year (or older than the configured age) may no longer be true; the seed's list was four months
 * newer than its reporting year.
 *
 * @param reportingYearEnd null where no reporting year is concerned (the smelter pages)
 */
public record ReferenceListAge(String source, LocalDate asOf, LocalDate reportingYearEnd, Period maxAge, LocalDate today) {

    public static final String IMPORT_ADVICE = "Download the current Smelter Reference List (or the latest CMRT, whose"
            + " Smelter Look-up it contains) from the RMI at responsiblemineralsinitiative.org and import it on"
            + " Smelters → Import (/smelters/import).";

    public boolean beforeReportingYearEnd() {
        return reportingYearEnd != null && asOf.isBefore(reportingYearEnd);
    }

    public boolean olderThanMaxAge() {
        return asOf.plus(maxAge).isBefore(today);
    }

    public boolean stale() {
        return beforeReportingYearEnd() || olderThanMaxAge();
    }

    /** The warning the pages show, or null when the list is recent enough. */
    public String warning() {
        if (!stale()) {
            return null;
        }
        String why = beforeReportingYearEnd()
                ? "dated before the end of the reporting year (" + reportingYearEnd + ")"
                : "older than " + words(maxAge);
        return "The smelter reference list in use (" + source + ", statuses as of " + asOf + ") is " + why
                + ": smelter statuses and the conformant shares may be out of date. " + IMPORT_ADVICE;
    }

    private static String words(Period p) {
        StringBuilder s = new StringBuilder();
        unit(s, p.getYears(), "year");
        unit(s, p.getMonths(), "month");
        unit(s, p.getDays(), "day");
        return s.toString();
    }

    private static void unit(StringBuilder s, int n, String unit) {
        if (n != 0) {
            s.append(s.isEmpty() ? "" : " ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }
}
