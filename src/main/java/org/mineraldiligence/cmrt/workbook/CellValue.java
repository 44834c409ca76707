package org.mineraldiligence.cmrt.workbook;

import java.math.BigDecimal;

/**
 * One cell as stored in the file: the literal or, for a formula, the cached result. Formulas are never
 * evaluated (the templates depend on OFFSET/INDIRECT and broken named ranges), so a formula cell without
 * a cached value is kept apart as {@link Kind#FORMULA_WITHOUT_CACHE} and read as blank.
 */
public record CellValue(Kind kind, String text, double number, boolean formula) {

    public enum Kind { STRING, NUMBER, BOOLEAN, ERROR, FORMULA_WITHOUT_CACHE }

    public static CellValue string(String text, boolean formula) {
        return new CellValue(Kind.STRING, text, 0, formula);
    }

    public static CellValue number(double value, boolean formula) {
        return new CellValue(Kind.NUMBER, null, value, formula);
    }

    public static CellValue bool(boolean value, boolean formula) {
        return new CellValue(Kind.BOOLEAN, value ? "TRUE" : "FALSE", 0, formula);
    }

    public static CellValue error(String code, boolean formula) {
        return new CellValue(Kind.ERROR, code, 0, formula);
    }

    public static CellValue formulaWithoutCache() {
        return new CellValue(Kind.FORMULA_WITHOUT_CACHE, null, 0, true);
    }

    /** Blank per the format spec: empty string, cached error or missing cache (a missing cell is null). */
    public boolean isBlank() {
        return switch (kind) {
            case ERROR, FORMULA_WITHOUT_CACHE -> true;
            case STRING -> text.isEmpty();
            default -> false;
        };
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** A whole count (e.g. the Checker's cached number of fields to fill), from a number or digits; else null. */
    public Integer asCount() {
        if (isBlank()) {
            return null;
        }
        if (isNumber()) {
            return (int) number;
        }
        try {
            return Integer.parseInt(asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as text; numbers without a trailing ".0"; null when blank. */
    public String asText() {
        if (isBlank()) {
            return null;
        }
        if (kind == Kind.NUMBER) {
            return formatNumber(number);
        }
        return text;
    }

    static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
