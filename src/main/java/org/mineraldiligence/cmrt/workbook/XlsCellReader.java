package org.mineraldiligence.cmrt.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the binary .xls templates (CMRT 2.x to 5.01). These files are small, so the POI user model is
 * fine here; the same {@link CellSink} windows and caps apply as for .xlsx.
 */
final class XlsCellReader {

    private final ReadLimits limits;

    XlsCellReader(ReadLimits limits) {
        this.limits = limits;
    }

    WorkbookCells read(POIFSFileSystem fs, List<SheetRequest> requests) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            List<String> truncated = CellSink.newTruncationList();
            Map<String, SheetCells> sheets = new LinkedHashMap<>();
            for (SheetRequest request : requests) {
                Sheet sheet = findSheet(wb, request.sheetName());
                if (sheet == null) {
                    continue;
                }
                CellSink sink = new CellSink(request, truncated);
                for (Row row : sheet) {
                    int r = row.getRowNum() + 1;
                    if (sink.pastLastRow(r)) {
                        break;
                    }
                    for (Cell cell : row) {
                        if (!sink.wantsColumn(cell.getColumnIndex())) {
                            continue;
                        }
                        boolean formula = cell.getCellType() == CellType.FORMULA;
                        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
                        CellValue value = switch (type) {
                            case STRING -> CellValue.string(cell.getStringCellValue(), formula);
                            case NUMERIC -> CellValue.number(cell.getNumericCellValue(), formula);
                            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue(), formula);
                            case ERROR -> CellValue.error(errorText(cell.getErrorCellValue()), formula);
                            default -> formula ? CellValue.formulaWithoutCache() : null;
                        };
                        boolean cut = false;
                        if (value != null && value.kind() == CellValue.Kind.STRING
                                && value.text().length() > limits.maxCellChars()) {
                            value = CellValue.string(value.text().substring(0, limits.maxCellChars()), formula);
                            cut = true;
                        }
                        sink.accept(r, cell.getColumnIndex(), value, cut);
                    }
                }
                sheets.put(request.sheetName(), sink.cells());
            }
            return new WorkbookCells(WorkbookCells.Format.XLS, List.copyOf(names), wb.getInternalWorkbook().isUsing1904DateWindowing(),
                    Map.copyOf(sheets), List.copyOf(truncated));
        }
    }

    private static Sheet findSheet(HSSFWorkbook wb, String name) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.getSheetName(i).equalsIgnoreCase(name)) {
                return wb.getSheetAt(i);
            }
        }
        return null;
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
