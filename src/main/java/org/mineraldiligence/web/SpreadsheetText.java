package org.mineraldiligence.web;

/**
 * Text that goes into a cell of a CSV or XLSX file we hand out. A spreadsheet program takes a cell starting
 * with {@code = + - @}, a tab or a carriage return as a formula (a supplier name {@code =HYPERLINK(…)}, a file
 * name {@code =2+5+cmd|…}), so such text gets a leading apostrophe, which shows it as the text it is. Every
 * CSV and XLSX writer calls this for text; numbers written as numeric cells are not text and stay as they are.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
