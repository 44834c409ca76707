package org.mineraldiligence.smelter.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as they appear in RMI exports and in spreadsheet cells formatted by Excel: ISO, US month/day/year
 * (RMI is US-based and Excel's default "m/d/yy" format), and month names. Day/month order is not guessed
 * beyond that.
 */
final class LenientDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("M/d/yyyy"),
            new DateTimeFormatterBuilder().appendPattern("M/d/").appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                    .toFormatter(Locale.ENGLISH),
            pattern("d-MMM-yyyy"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 2000).toFormatter(Locale.ENGLISH),
            pattern("d MMM yyyy"),
            pattern("MMM d, yyyy"),
            pattern("MMMM d, yyyy"),
            pattern("d MMMM yyyy"));

    private LenientDates() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    static Optional<LocalDate> parse(String text) {
        String t = text.strip();
        // Spreadsheet exports sometimes carry a time part: "2023-05-12 00:00:00", "2023-05-12T00:00".
        if (t.matches("\\d{4}-\\d{2}-\\d{2}[ T].*")) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
