package org.mineraldiligence.cmrt;

import org.mineraldiligence.cmrt.check.CmrtChecker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds test workbooks by filling a copy of a real RMI template with POI, never inventing a layout.
 * POI does not recalculate, so values go into answer cells as literals and, where a test fills an
 * auto-filled (formula) cell, the expected cached value is written; {@link #formulaWithoutCache} writes
 * a formula without a cached value on purpose.
 */
final class CmrtFixture {

    private static final Map<String, byte[]> VALID_CACHE = new HashMap<>();

    private static final Map<String, CmrtFixture> SHARED = new HashMap<>();

    private final XSSFWorkbook wb;
    /** Original XML of cells touched by the current variant, to restore afterwards. */
    private Map<Cell, org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell> undo;

    private CmrtFixture(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /**
     * One valid workbook per version kept open for many variants: a variant applies its changes,
     * writes the file and restores the touched cells. Loading a 1.5 MB template with POI costs seconds,
     * so this keeps the suite quick while every variant is still a real, complete template.
     */
    static synchronized byte[] validVariant(String version, java.util.function.Consumer<CmrtFixture> change) {
        CmrtFixture f = SHARED.computeIfAbsent(version, CmrtFixture::valid);
        f.undo = new java.util.LinkedHashMap<>();
        try {
            change.accept(f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            java.util.List<Map.Entry<Cell, org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell>> entries =
                    new java.util.ArrayList<>(f.undo.entrySet());
            java.util.Collections.reverse(entries);
            for (var e : entries) {
                ((org.apache.poi.xssf.usermodel.XSSFCell) e.getKey()).getCTCell().set(e.getValue());
            }
            f.undo = null;
        }
    }

    /**
     * A variant on a fresh copy of the valid workbook, for changes the shared copy's undo cannot take back
     * (rows past the template's sample rows share formulas with the rows above).
     */
    static byte[] freshVariant(String version, java.util.function.Consumer<CmrtFixture> change) {
        CmrtFixture f = valid(version);
        change.accept(f);
        return f.bytes();
    }

    /** Checks a variant of the valid workbook of a version (see {@link #validVariant}). */
    static CheckResult checkVariant(String version, java.util.function.Consumer<CmrtFixture> change) {
        return Templates.checker().check("fixture.xlsx", new ByteArrayInputStream(validVariant(version, change)));
    }

    /** The blank RMI template. */
    static CmrtFixture blank(String version) {
        return open(Templates.bytes(Templates.cmrt(version)));
    }

    /** A template completed so that the checker finds nothing but the revision's age. */
    static synchronized CmrtFixture valid(String version) {
        byte[] bytes = VALID_CACHE.computeIfAbsent(version, v -> blank(v).completeValid().bytes());
        return open(bytes);
    }

    private static CmrtFixture open(byte[] bytes) {
        try {
            return new CmrtFixture(new XSSFWorkbook(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CmrtFixture completeValid() {
        decl("D8", "Acme Components Ltd");
        decl("D9", "A. Company");
        decl("D12", "123456789");
        decl("D13", "DUNS");
        decl("D14", "1 Foundry Road, Springfield");
        decl("D15", "Jane Doe");
        decl("D16", "jane.doe@acme.example");
        decl("D17", "+1 555 0100");
        decl("D18", "John Roe");
        decl("D19", "Chief Executive");
        decl("D20", "john.roe@acme.example");
        decl("D21", "+1 555 0101");
        number("Declaration", "D22", 45688); // 31-Jan-2025
        String[] answers = {"Yes", "Yes", "Unknown", "Unknown", "No", "100%", "Yes", "Yes"};
        for (int q = 1; q <= 8; q++) {
            for (int m = 0; m < 4; m++) {
                answer(q, m, answers[q - 1]);
            }
        }
        String[] company = {"Yes", "Yes", "Yes", "Yes", "Yes, in conformance with IPC1755 (e.g., CMRT)", "Yes", "Yes", "No"};
        for (int i = 0; i < 8; i++) {
            decl("D" + (75 + 2 * i), company[i]);
        }
        decl("G77", "https://acme.example/minerals-policy");
        clearSmelterRow(5);
        int row = 5;
        for (Metal metal : Metal.values()) {
            smelterFromLookup(row++, metal, 0);
        }
        number("Checker", "D2", 0);
        return this;
    }

    /** Declaration answer for question q (1..8), metal index m (0 Ta, 1 Sn, 2 Au, 3 W). */
    CmrtFixture answer(int q, int m, Object value) {
        return set("Declaration", "D" + (26 + 6 * (q - 1) + m), value);
    }

    CmrtFixture decl(String cell, Object value) {
        return set("Declaration", cell, value);
    }

    CmrtFixture number(String sheet, String cell, double value) {
        return set(sheet, cell, value);
    }

    /** Literal value; null clears the cell (and any formula in it). */
    CmrtFixture set(String sheetName, String address, Object value) {
        Cell cell = cell(sheetName, address);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            if (cell.getCellType() == CellType.FORMULA) {
                cell.removeFormula();
            }
            cell.setCellValue(n.doubleValue());
        } else {
            if (cell.getCellType() == CellType.FORMULA) {
                cell.removeFormula();
            }
            cell.setCellValue(value.toString());
        }
        return this;
    }

    /** A formula whose cached value is absent, as written by tools that do not calculate. */
    CmrtFixture formulaWithoutCache(String sheetName, String address, String formula) {
        Cell cell = cell(sheetName, address);
        cell.setBlank();
        cell.setCellFormula(formula);
        return this;
    }

    private Cell cell(String sheetName, String address) {
        Sheet sheet = wb.getSheet(sheetName);
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        Cell cell = row.getCell(ref.getCol());
        if (cell == null) {
            cell = row.createCell(ref.getCol());
        }
        if (undo != null && !undo.containsKey(cell)) {
            undo.put(cell, (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell)
                    ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().copy());
        }
        return cell;
    }

    /** Blank columns A-T of a Smelter List row, removing the template's auto-fill formulas. */
    CmrtFixture clearSmelterRow(int row) {
        for (int c = 0; c < 20; c++) {
            set("Smelter List", CellReference.convertNumToColString(c) + row, null);
        }
        return this;
    }

    /**
     * Fills a Smelter List row as Excel would after picking metal and look-up name: the n-th real entry
     * of that metal in the template's own Smelter Look-up, with the auto-filled columns' values.
     */
    CmrtFixture smelterFromLookup(int row, Metal metal, int n) {
        Sheet lookup = wb.getSheet("Smelter Look-up");
        int seen = 0;
        for (int r = 4; r <= lookup.getLastRowNum(); r++) {
            Row lr = lookup.getRow(r);
            if (lr == null || !metal.label().equals(text(lr, 0)) || !text(lr, 4).startsWith("CID")
                    || !text(lr, 1).equals(text(lr, 2))) {
                continue;
            }
            if (seen++ < n) {
                continue;
            }
            clearSmelterRow(row);
            smelter(row, "B", metal.label());
            smelter(row, "C", text(lr, 1));
            smelter(row, "E", text(lr, 3));
            smelter(row, "F", text(lr, 4));
            smelter(row, "G", "RMI");
            smelter(row, "H", 0); // OFFSET into the always-empty street column yields 0
            smelter(row, "I", text(lr, 7).isEmpty() ? 0 : text(lr, 7));
            smelter(row, "J", text(lr, 8).isEmpty() ? 0 : text(lr, 8));
            smelter(row, "P", "No");
            smelter(row, "R", text(lr, 2));
            return this;
        }
        throw new IllegalStateException("no look-up entry " + n + " for " + metal);
    }

    CmrtFixture smelter(int row, String column, Object value) {
        return set("Smelter List", column + row, value);
    }

    String smelterText(int row, String column) {
        Cell c = cell("Smelter List", column + row);
        return c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue();
    }

    private static String text(Row r, int col) {
        Cell c = r.getCell(col);
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.STRING ? c.getStringCellValue().trim() : "";
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook and checks it through the upload path. */
    CheckResult check() {
        return check(Templates.checker());
    }

    CheckResult check(CmrtChecker checker) {
        return checker.check("fixture.xlsx", new ByteArrayInputStream(bytes()));
    }
}
