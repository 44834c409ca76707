package org.mineraldiligence.cmrt.workbook;

/**
 * Which part of a sheet to keep: columns A..(width-1) and rows up to {@code lastRow}. Reading stops at
 * {@code lastRow}; rows beyond {@code maxDataRow} that still hold values make the workbook over-limit,
 * which bounds memory on hostile files with hundreds of thousands of rows.
 */
public record SheetRequest(String sheetName, int width, int lastRow, int maxDataRow, long columns) {

    public static SheetRequest head(String sheetName, int width, int lastRow) {
        return new SheetRequest(sheetName, width, lastRow, Integer.MAX_VALUE, all(width));
    }

    public static SheetRequest capped(String sheetName, int width, int maxDataRow) {
        return new SheetRequest(sheetName, width, Integer.MAX_VALUE, maxDataRow, all(width));
    }

    /**
     * Keeps only the given columns (e.g. "DGJ"): label columns hold long translated texts that cost time
     * to read and are never used.
     */
    public SheetRequest onlyColumns(String letters) {
        long mask = 0;
        for (char c : letters.toCharArray()) {
            mask |= 1L << (c - 'A');
        }
        return new SheetRequest(sheetName, width, lastRow, maxDataRow, mask & all(width));
    }

    public boolean wants(int column) {
        return column >= 0 && column < width && (columns & (1L << column)) != 0;
    }

    private static long all(int width) {
        return width >= 64 ? -1L : (1L << width) - 1;
    }
}
