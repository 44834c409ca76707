package org.mineraldiligence.cmrt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A real .xlsx workbook "saved as Excel 97-2003": every sheet in order, every cell with its value and,
 * for formulas, its cached result (a STRING record after the FORMULA, as Excel writes it). No real CMRT
 * 6.x .xls is available, so the twins are made with POI's HSSF writer. Formula texts are not carried over
 * (HSSF cannot parse the templates' structured references and our readers never evaluate): each formula
 * becomes a constant formula whose cached result is the original's, which is all a reader sees.
 */
public final class XlsTwin { // public for the read benchmark (cmrt.bench), which times the twin

    private XlsTwin() {
    }

    /** The .xls twin of a real RMI template in src/test/resources/cmrt/templates. */
    static byte[] ofTemplate(String fileName) {
        return of(Templates.bytes(Templates.resource(fileName)));
    }

    /** The .xls twin of a workbook, converted once per content (see {@link FixtureCache}). */
    public static byte[] of(byte[] xlsx) {
        return FixtureCache.derived(XlsTwin.class, ".xls", xlsx, () -> convert(xlsx));
    }

    private static byte[] convert(byte[] xlsx) {
        try (XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             HSSFWorkbook out = new HSSFWorkbook();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (int i = 0; i < in.getNumberOfSheets(); i++) {
                copy(in.getSheetAt(i), out.createSheet(in.getSheetName(i)));
            }
            out.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Sheet from, Sheet to) {
        for (Row row : from) {
            if (row.getRowNum() > 65_535) {
                break;
            }
            Row copy = to.createRow(row.getRowNum());
            for (Cell cell : row) {
                if (cell.getColumnIndex() > 255) {
                    continue;
                }
                copy(cell, copy);
            }
        }
    }

    private static void copy(Cell from, Row row) {
        CellType type = from.getCellType();
        if (type == CellType.BLANK) {
            return;
        }
        Cell to = row.createCell(from.getColumnIndex());
        if (type == CellType.FORMULA) {
            if (!((XSSFCell) from).getCTCell().isSetV()) {
                return; // no cached value: Excel would have calculated one; leave the cell empty
            }
            to.setCellFormula("0");
            type = from.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> to.setCellValue(clip(from.getStringCellValue()));
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case ERROR -> to.setCellErrorValue(from.getErrorCellValue());
            default -> {
                // nothing else carries a value
            }
        }
    }

    /** BIFF8 holds at most 32,767 characters in a cell. */
    private static String clip(String s) {
        return s.length() > 32_767 ? s.substring(0, 32_767) : s;
    }
}
