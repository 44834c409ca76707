package org.mineraldiligence.cmrt.workbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was read from a workbook: every sheet name (to recognise the template) and the cells of the
 * requested sheets only.
 *
 * @param format         XLSX or XLS
 * @param sheetNames     all sheet names in workbook order
 * @param date1904       the workbook's date system, needed to turn serials into dates
 * @param sheets         requested sheets that exist, by name
 * @param truncatedCells "Sheet!A1" of cells whose text was longer than the limit and was cut
 */
public record WorkbookCells(Format format, List<String> sheetNames, boolean date1904, Map<String, SheetCells> sheets,
                            List<String> truncatedCells) {

    public enum Format { XLSX, XLS }

    public boolean hasSheet(String name) {
        return sheetNames.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    public Optional<SheetCells> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }
}
