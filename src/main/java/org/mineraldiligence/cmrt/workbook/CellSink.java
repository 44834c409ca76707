package org.mineraldiligence.cmrt.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Receives cells from either file format and applies the per-sheet request: column and row window,
 * the data-row cap and the per-cell character cap. Shared by the .xlsx and .xls readers so both
 * enforce the same limits.
 */
final class CellSink {

    private final SheetRequest request;
    private final SheetCells cells;
    private final List<String> truncated;

    CellSink(SheetRequest request, List<String> truncated) {
        this.request = request;
        this.cells = new SheetCells(request.sheetName(), request.width());
        this.truncated = truncated;
    }

    SheetCells cells() {
        return cells;
    }

    SheetRequest request() {
        return request;
    }

    boolean wantsColumn(int column) {
        return request.wants(column);
    }

    boolean pastLastRow(int row) {
        return row > request.lastRow();
    }

    void accept(int row, int column, CellValue value, boolean textTruncated) throws OverLimitException {
        if (!wantsColumn(column) || pastLastRow(row) || value == null) {
            return;
        }
        if (row > request.maxDataRow() && !value.isBlank()) {
            throw new OverLimitException(request.sheetName(), request.maxDataRow());
        }
        if (textTruncated) {
            truncated.add(request.sheetName() + "!" + CellAddress.of(row, column));
        }
        cells.put(row, column, value);
    }

    static List<String> newTruncationList() {
        return new ArrayList<>();
    }

    /** A sheet holds data beyond the row cap. */
    static final class OverLimitException extends Exception {
        final String sheet;
        final int maxRow;

        OverLimitException(String sheet, int maxRow) {
            super(null, null, false, false);
            this.sheet = sheet;
            this.maxRow = maxRow;
        }
    }
}
