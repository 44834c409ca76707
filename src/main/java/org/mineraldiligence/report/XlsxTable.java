package org.mineraldiligence.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mineraldiligence.web.SpreadsheetText;

/**
 * A one-sheet workbook people can work with: a bold, frozen header row with a filter, columns as wide as their
 * content, amounts as numbers with thousands separators and times as dates. Streams rows (SXSSF), so five
 * thousand suppliers stay cheap. Text is written as text, never as a formula, and neutralised ({@link SpreadsheetText}),
 * so a supplier name starting with "=" stays a name in any program that opens or re-exports the file.
 */
final class XlsxTable {

    /** Widest column, in characters: long names wrap in Excel's cell, not across the screen. */
    private static final int MAX_WIDTH = 60;

    private XlsxTable() {
    }

    static byte[] of(String sheetName, List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            Formats formats = new Formats(wb);
            int[] widths = header.stream().mapToInt(String::length).toArray();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    write(cell, values.get(c));
                    formats.apply(cell, values.get(c));
                    widths[c] = Math.max(widths[c], formats.width(values.get(c)));
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, header.size() - 1));
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(SpreadsheetText.neutralise(value.toString()));
        }
    }

    /** Cell styles by kind of value, created once per workbook (Excel allows only so many). */
    private static final class Formats {

        private final CellStyle amount;
        private final CellStyle whole;
        private final CellStyle time;
        private final CellStyle date;

        Formats(SXSSFWorkbook wb) {
            amount = style(wb, "#,##0.00");
            whole = style(wb, "#,##0");
            time = style(wb, "yyyy-mm-dd hh:mm");
            date = style(wb, "yyyy-mm-dd");
        }

        private static CellStyle style(SXSSFWorkbook wb, String format) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            return style;
        }

        void apply(Cell cell, Object value) {
            CellStyle style = value instanceof BigDecimal ? amount : value instanceof Number ? whole
                    : value instanceof Instant ? time : value instanceof LocalDate ? date : null;
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        /** Characters the value takes on screen, for the column's width. */
        int width(Object value) {
            if (value == null) {
                return 0;
            }
            if (value instanceof Instant) {
                return 16;
            }
            if (value instanceof BigDecimal number) {
                return String.format("%,.2f", number).length();
            }
            return value.toString().length();
        }
    }
}
