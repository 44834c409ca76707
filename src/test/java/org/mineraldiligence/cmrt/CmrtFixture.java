package org.mineraldiligence.cmrt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Builds test workbooks by filling a copy of a real RMI template with POI, never inventing a layout.
 * POI does not recalculate, so values go into answer cells as literals and, where a test fills an
 * auto-filled (formula) cell, the expected cached value is written; {@link #formulaWithoutCache} writes
 * a formula without a cached value on purpose.
 */
final class CmrtFixture {

    /** One valid workbook per version kept open for the variants of {@link #validVariant}. */
    private static final Map<String, CmrtFixture> SHARED = new HashMap<>();

    /**
     * What a workbook is made of: the workbook it starts from ("blank 6.5", "valid 6.5", …) and every cell
     * write, in order, with the value's type. Two fixtures with equal recipes hold the same cells, whatever
     * the code that made them; {@link FixtureCache} keeps the written workbooks by their recipe.
     */
    record Recipe(String start, List<Step> steps) {
    }

    /** One write into a cell: a literal ("number", "text", "blank") or a formula without a cached value. */
    record Step(String kind, String sheet, String address, String value) {
    }

    private final String start;
    private final Supplier<byte[]> startBytes;
    /** Parsed on first need: a recipe found in the cache is never applied, so the template is not parsed. */
    private XSSFWorkbook wb;
    /** The file {@code wb} was parsed from. */
    private byte[] openedFrom;
    /** Sheets the current variant of a shared workbook wrote to: the parts {@link TouchedParts} writes anew. */
    private final Set<XSSFSheet> touched = new LinkedHashSet<>();
    /** The cell writes asked for so far; those from {@code applied} on are not in the workbook yet. */
    private final List<Step> steps = new ArrayList<>();
    private int applied;
    /** Original XML of cells touched by the current variant of a shared workbook, to restore afterwards. */
    private Map<Cell, CTCell> undo;
    /** Rows and cells the current variant created, removed afterwards so the shared copy is as it was. */
    private List<Cell> createdCells;
    private List<Row> createdRows;

    private CmrtFixture(String start, Supplier<byte[]> startBytes) {
        this.start = start;
        this.startBytes = startBytes;
    }

    /**
     * A variant of the valid workbook of a version: the change is recorded and, unless a workbook of the same
     * recipe was written before (this run or an earlier one, see {@link FixtureCache}), applied to one valid
     * workbook per version kept open, written, and the touched cells restored. Loading and writing a 1.5 MB
     * template with POI costs seconds each, so this keeps the suite quick while every variant is still a real,
     * complete template. Each call gets its own copy of the bytes.
     */
    static synchronized byte[] validVariant(String version, Consumer<CmrtFixture> change) {
        CmrtFixture f = SHARED.computeIfAbsent(version, v -> new CmrtFixture("valid " + v, () -> validBytes(v)));
        f.undo = new LinkedHashMap<>();
        f.createdCells = new ArrayList<>();
        f.createdRows = new ArrayList<>();
        try {
            change.accept(f);
            return FixtureCache.workbook(f.recipe(), f::write);
        } finally {
            f.restore();
        }
    }

    /**
     * A variant on a fresh copy of the valid workbook, for changes the shared copy's undo cannot take back
     * (rows past the template's sample rows share formulas with the rows above).
     */
    static synchronized byte[] freshVariant(String version, Consumer<CmrtFixture> change) {
        CmrtFixture f = new CmrtFixture("fresh valid " + version, () -> validBytes(version));
        change.accept(f);
        return f.bytes();
    }

    /** Checks a variant of the valid workbook of a version (see {@link #validVariant}). */
    static CheckResult checkVariant(String version, Consumer<CmrtFixture> change) {
        return Templates.checker().check("fixture.xlsx", new ByteArrayInputStream(validVariant(version, change)));
    }

    /** Checks the completed template of a version as it is (see {@link #completeValid}). */
    static CheckResult checkValid(String version) {
        return checkVariant(version, f -> { });
    }

    /** The blank RMI template. */
    static CmrtFixture blank(String version) {
        return new CmrtFixture("blank " + version, () -> Templates.bytes(Templates.cmrt(version)));
    }

    /**
     * The template completed so that the checker finds nothing but the revision's age: the recipe "valid"
     * with no steps, the start of every variant.
     */
    private static byte[] validBytes(String version) {
        return FixtureCache.workbook(new Recipe("valid " + version, List.of()),
                () -> blank(version).completeValid().bytes());
    }

    Recipe recipe() {
        return new Recipe(start, List.copyOf(steps));
    }

    /** The workbook with every step asked for so far applied. */
    private XSSFWorkbook wb() {
        XSSFWorkbook workbook = opened();
        while (applied < steps.size()) {
            apply(steps.get(applied++));
        }
        return workbook;
    }

    private XSSFWorkbook opened() {
        if (wb == null) {
            try {
                openedFrom = startBytes.get();
                wb = new XSSFWorkbook(new ByteArrayInputStream(openedFrom));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return wb;
    }

    /** Puts the touched cells back, latest first, and drops the rows and cells the variant created. */
    private void restore() {
        List<Map.Entry<Cell, CTCell>> entries = new ArrayList<>(undo.entrySet());
        Collections.reverse(entries);
        for (var e : entries) {
            ((XSSFCell) e.getKey()).getCTCell().set(e.getValue());
        }
        for (Cell cell : createdCells) {
            cell.getRow().removeCell(cell);
        }
        for (Row row : createdRows) {
            row.getSheet().removeRow(row);
        }
        undo = null;
        createdCells = null;
        createdRows = null;
        touched.clear();
        steps.clear();
        applied = 0;
    }

    /**
     * Writes the shared workbook without closing it: the valid file it was opened from (as POI wrote it) with
     * the sheets this variant touched written anew, see {@link TouchedParts}.
     */
    private byte[] write() {
        XSSFWorkbook workbook = wb();
        return TouchedParts.save(workbook, openedFrom, touched);
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
        steps.add(value == null ? new Step("blank", sheetName, address, null)
                : value instanceof Number n ? new Step("number", sheetName, address, Double.toString(n.doubleValue()))
                : new Step("text", sheetName, address, value.toString()));
        return this;
    }

    /** A formula whose cached value is absent, as written by tools that do not calculate. */
    CmrtFixture formulaWithoutCache(String sheetName, String address, String formula) {
        steps.add(new Step("formula", sheetName, address, formula));
        return this;
    }

    private void apply(Step step) {
        Cell cell = cell(step.sheet(), step.address());
        switch (step.kind()) {
            case "blank" -> cell.setBlank();
            case "number" -> {
                if (cell.getCellType() == CellType.FORMULA) {
                    cell.removeFormula();
                }
                cell.setCellValue(Double.parseDouble(step.value()));
            }
            case "text" -> {
                if (cell.getCellType() == CellType.FORMULA) {
                    cell.removeFormula();
                }
                cell.setCellValue(step.value());
            }
            case "formula" -> {
                cell.setBlank();
                cell.setCellFormula(step.value());
            }
            default -> throw new IllegalArgumentException(step.kind());
        }
    }

    private Cell cell(String sheetName, String address) {
        XSSFSheet sheet = opened().getSheet(sheetName);
        touched.add(sheet);
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
            if (createdRows != null) {
                createdRows.add(row);
            }
        }
        Cell cell = row.getCell(ref.getCol());
        if (cell == null) {
            cell = row.createCell(ref.getCol());
            if (createdCells != null) {
                createdCells.add(cell);
            }
        }
        if (undo != null && !undo.containsKey(cell)) {
            undo.put(cell, (CTCell) ((XSSFCell) cell).getCTCell().copy());
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
        Sheet lookup = wb().getSheet("Smelter Look-up");
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
        wb();
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

    /** The workbook as written (once per recipe, see {@link FixtureCache}); the fixture is done with. */
    byte[] bytes() {
        return FixtureCache.workbook(recipe(), () -> {
            try (XSSFWorkbook workbook = wb()) {
                if (start.startsWith("blank")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    workbook.write(out);
                    return out.toByteArray();
                }
                // started from the valid file as POI wrote it: only the touched parts change
                return TouchedParts.save(workbook, openedFrom, touched);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
