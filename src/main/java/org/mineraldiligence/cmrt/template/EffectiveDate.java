package org.mineraldiligence.cmrt.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.mineraldiligence.cmrt.workbook.CellValue;

/**
 * Declaration!D22 read as a date: an Excel serial (honouring the 1904 flag) or text in one of the
 * formats seen in real responses (spec §13.2). x/y/yyyy is ambiguous unless one part exceeds 12.
 */
public record EffectiveDate(LocalDate date, Problem problem) {

    public enum Problem { NONE, BLANK, UNPARSEABLE, AMBIGUOUS }

    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("d-MMM-uuuu"), formatter("dd-MMM-uu"), formatter("uuuu-MM-dd"), formatter("uuuu/MM/dd"),
            formatter("dd.MM.uuuu"), formatter("d.M.uuuu"), formatter("d MMM uuuu"), formatter("MMMM d, uuuu"));
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    public static EffectiveDate read(CellValue cell, boolean date1904) {
        if (cell == null || cell.isBlank()) {
            return new EffectiveDate(null, Problem.BLANK);
        }
        if (cell.isNumber()) {
            double serial = cell.number();
            if (serial < 1 || serial > 2_958_465 || !DateUtil.isValidExcelDate(serial)) {
                return new EffectiveDate(null, Problem.UNPARSEABLE);
            }
            return new EffectiveDate(DateUtil.getLocalDateTime(serial, date1904).toLocalDate(), Problem.NONE);
        }
        return parseText(Text.normalize(cell.asText()));
    }

    static EffectiveDate parseText(String text) {
        if (text == null || text.isEmpty()) {
            return new EffectiveDate(null, Problem.BLANK);
        }
        Matcher m = SLASHED.matcher(text);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            try {
                if (a > 12 && b <= 12) {
                    return new EffectiveDate(LocalDate.of(y, b, a), Problem.NONE);
                }
                if (b > 12 && a <= 12) {
                    return new EffectiveDate(LocalDate.of(y, a, b), Problem.NONE);
                }
                if (a == b) {
                    return new EffectiveDate(LocalDate.of(y, a, b), Problem.NONE);
                }
            } catch (java.time.DateTimeException e) {
                return new EffectiveDate(null, Problem.UNPARSEABLE);
            }
            return new EffectiveDate(null, Problem.AMBIGUOUS);
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return new EffectiveDate(LocalDate.parse(text, f), Problem.NONE);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return new EffectiveDate(null, Problem.UNPARSEABLE);
    }
}
