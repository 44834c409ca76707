package org.mineraldiligence.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mineraldiligence.web.SpreadsheetText;

/**
 * Writes answers into the cells of an RMI template the consolidated CMRT and EMRT fill in: literal values only,
 * every text neutralised against formula injection, since most of it comes from suppliers' workbooks.
 */
final class TemplateCells {

    private final Workbook wb;

    TemplateCells(Workbook wb) {
        this.wb = wb;
    }

    /** A fresh copy of a template bundled with the application. */
    static XSSFWorkbook open(String resource) throws IOException {
        try (InputStream template = TemplateCells.class.getResourceAsStream(resource)) {
            if (template == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new XSSFWorkbook(template);
        }
    }

    /** The filled workbook as a file; the workbook is closed. */
    byte[] bytes() throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        }
    }

    /** A literal value; null blanks the cell. Either way a formula the template had there is removed. */
    void set(String sheet, String address, Object value) {
        Cell cell = cell(sheet, address);
        if (value == null) {
            cell.setBlank();
            return;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula();
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(SpreadsheetText.neutralise(value.toString()));
        }
    }

    Cell cell(String sheetName, String address) {
        Sheet sheet = wb.getSheet(sheetName);
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        Cell cell = row.getCell(ref.getCol());
        return cell != null ? cell : row.createCell(ref.getCol());
    }
}
