package org.mineraldiligence.cmrt.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The cells read from one sheet, addressed by 1-based row and 0-based column. Only the columns the
 * reader asked for are kept, so even a full Smelter List stays a few thousand small objects.
 */
public final class SheetCells {

    private final String name;
    private final int width;
    private final Map<Integer, CellValue[]> rows = new HashMap<>();
    private int lastRow;

    public SheetCells(String name, int width) {
        this.name = name;
        this.width = width;
    }

    public String name() {
        return name;
    }

    /** Highest row that holds a stored cell (0 when the sheet is empty). */
    public int lastRow() {
        return lastRow;
    }

    public CellValue get(int row, int column) {
        if (column < 0 || column >= width) {
            return null;
        }
        CellValue[] cells = rows.get(row);
        return cells == null ? null : cells[column];
    }

    /** Cell by A1 address, e.g. "D22". */
    public CellValue get(String address) {
        CellAddress a = CellAddress.parse(address);
        return get(a.row(), a.column());
    }

    /** The cell's value as text, or null when the cell is empty. */
    public String text(int row, int column) {
        CellValue v = get(row, column);
        return v == null ? null : v.asText();
    }

    /** The cell's value as text by A1 address, or null when the cell is empty. */
    public String text(String address) {
        CellValue v = get(address);
        return v == null ? null : v.asText();
    }

    public void put(int row, int column, CellValue value) {
        if (column < 0 || column >= width || value == null) {
            return;
        }
        rows.computeIfAbsent(row, r -> new CellValue[width])[column] = value;
        lastRow = Math.max(lastRow, row);
    }

    public int width() {
        return width;
    }
}
