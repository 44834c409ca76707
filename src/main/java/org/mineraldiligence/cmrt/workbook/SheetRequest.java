package org.mineraldiligence.cmrt.workbook;

/**
 * Which part of a sheet to keep: columns A..(width-1) and rows up to {@code lastRow}. Reading stops at
 * {@code lastRow}; rows beyond {@code maxDataRow} that still hold values make the workbook over-limit,
 * which bounds memory on hostile files with hundreds of thousands of rows.
 */
public record SheetRequest(String sheetName, int width, int lastRow, int maxDataRow) {

    public static SheetRequest head(String sheetName, int width, int lastRow) {
        return new SheetRequest(sheetName, width, lastRow, Integer.MAX_VALUE);
    }

    public static SheetRequest capped(String sheetName, int width, int maxDataRow) {
        return new SheetRequest(sheetName, width, Integer.MAX_VALUE, maxDataRow);
    }
}
