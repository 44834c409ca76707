package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The translated labels of an RMI template (CMRT and EMRT alike). POI does not recalculate, so the labels' cached
 * values would stay in the template's saved language. Each label is {@code OFFSET(L!$C$1, MATCH(sheet & address,
 * L!$A:$A, 0) - 1, SL)}, in the EMRT sometimes followed by {@code &Q53} (the "(*)" of a required field): its text
 * is the row of the hidden sheet L keyed by sheet name and cell, in the language's column, plus that suffix's
 * cached text. We write exactly that as the cached result, and Excel recalculates on opening.
 */
final class TemplateLabels {

    private static final String LABEL = "OFFSET(L!$C$1";
    private static final Pattern SUFFIX = Pattern.compile("&(\\$?[A-Z]{1,3}\\$?\\d{1,7})");

    private TemplateLabels() {
    }

    /** The languages the template offers in Declaration!D3: row 1 of the hidden sheet L from column D. */
    static List<String> languages(XSSFWorkbook wb) {
        List<String> languages = new ArrayList<>();
        Row row = wb.getSheet("L").getRow(0);
        for (int c = 3; c < row.getLastCellNum(); c++) {
            String language = text(row.getCell(c));
            if (!language.isEmpty()) {
                languages.add(language);
            }
        }
        return List.copyOf(languages);
    }

    /** Sets the language's index (SL, Declaration!P3, kept a formula) and every label's cached text. */
    static void translate(XSSFWorkbook wb, String language) {
        Sheet l = wb.getSheet("L");
        int index = languages(wb).indexOf(language);
        Map<String, String> texts = new HashMap<>();
        for (Row row : l) {
            String key = text(row.getCell(0));
            if (!key.isEmpty()) {
                Cell label = row.getCell(3 + index);
                texts.putIfAbsent(key, label == null || label.getCellType() != CellType.STRING ? "" : label.getStringCellValue());
            }
        }
        Row p = wb.getSheet("Declaration").getRow(2);
        (p.getCell(15) == null ? p.createCell(15) : p.getCell(15)).setCellValue(index + 1); // P3
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && cell.getCellFormula().startsWith(LABEL)) {
                        String text = texts.get(sheet.getSheetName() + cell.getAddress().formatAsString());
                        if (text != null) {
                            cell.setCellValue(text + suffix(sheet, cell.getCellFormula())); // on a formula cell: its cached result
                        }
                    }
                }
            }
        }
        wb.setForceFormulaRecalculation(true);
    }

    /** The cached text of a {@code &Q53} after the OFFSET(…) call, or nothing. */
    private static String suffix(Sheet sheet, String formula) {
        int depth = 0;
        int end = -1;
        for (int i = 0; i < formula.length() && end < 0; i++) {
            char c = formula.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                end = i + 1;
            }
        }
        Matcher m = end < 0 ? null : SUFFIX.matcher(formula.substring(end));
        if (m == null || !m.matches()) {
            return "";
        }
        CellReference ref = new CellReference(m.group(1));
        Row row = sheet.getRow(ref.getRow());
        return row == null ? "" : text(row.getCell(ref.getCol()));
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }
}
