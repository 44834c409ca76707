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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * Builds EMRT test workbooks by filling a copy of a real RMI EMRT template with POI, at the cells
 * docs/EMRT-FORMAT.md names (backed by EmrtFormatTest). As with {@link CmrtFixture}, POI does not recalculate:
 * answers go in as literals, auto-filled Smelter List cells get the value Excel would cache, and Checker!D2 is
 * set to 0 on the valid files as Excel would show it.
 */
public final class EmrtFixture {

    public static final String[] REVISIONS = {"1.1", "1.11", "1.2", "1.3", "2.0", "2.1"};
    /** The 2.x selection cells in mineral order (Cobalt, Copper, Graphite, Lithium, Mica, Nickel). */
    static final String[] SELECTION = {"D12", "E12", "G12", "D13", "E13", "G13"};

    private static final Map<String, byte[]> VALID_CACHE = new HashMap<>();
    private static final Map<String, EmrtFixture> SHARED = new HashMap<>();

    private final XSSFWorkbook wb;
    /** The file {@code wb} was parsed from. */
    private final byte[] openedFrom;
    private final boolean v2;
    private Map<Cell, CTCell> undo;
    /** Sheets written to since the workbook was opened or the last variant was restored. */
    private final Set<XSSFSheet> touched = new LinkedHashSet<>();

    private EmrtFixture(XSSFWorkbook wb, byte[] openedFrom, boolean v2) {
        this.wb = wb;
        this.openedFrom = openedFrom;
        this.v2 = v2;
    }

    /** The checker the command line and the API use: CMRT and EMRT. */
    static CmrtChecker checker() {
        return Templates.checker().alsoEmrt();
    }

    static java.nio.file.Path template(String revision) {
        return Templates.resource("RMI_EMRT_" + revision + ".xlsx");
    }

    static EmrtFixture blank(String revision) {
        return open(Templates.bytes(template(revision)), revision);
    }

    /** A template completed so that the checker finds nothing at all. */
    static synchronized EmrtFixture valid(String revision) {
        return open(VALID_CACHE.computeIfAbsent(revision, r -> blank(r).completeValid().bytes()), revision);
    }

    /** A valid EMRT 2.1 as a supplier would send it, for tests outside this package. */
    public static byte[] validEmrt(String revision) {
        return validVariant(revision, f -> { });
    }

    /**
     * A valid EMRT whose Smelter List rows 5, 6, … name these refiners instead, each as Excel fills the row from the
     * template's own Smelter Look-up entry of that id (its mineral, standard name, country), for tests outside.
     */
    public static byte[] validEmrtDeclaring(String revision, String... smelterIds) {
        return validVariant(revision, f -> {
            for (int i = 0; i < smelterIds.length; i++) {
                f.smelterWithId(5 + i, smelterIds[i]);
            }
        });
    }

    /** Fills a Smelter List row from the template's own look-up entry of this refiner id, as Excel would. */
    public void smelterWithId(int row, String smelterId) {
        Sheet lookup = wb.getSheet("Smelter Look-up");
        for (int r = 4; r <= lookup.getLastRowNum(); r++) {
            Row lr = lookup.getRow(r);
            if (lr != null && smelterId.equals(text(lr, 4)) && text(lr, 1).equals(text(lr, 2))) {
                clearSmelterRow(row);
                smelter(row, "B", text(lr, 0));
                smelter(row, "C", text(lr, 1));
                smelter(row, "E", text(lr, 3));
                smelter(row, "F", text(lr, 4));
                smelter(row, "G", text(lr, 5));
                smelter(row, "R", text(lr, 2));
                return;
            }
        }
        throw new IllegalStateException("no look-up entry for " + smelterId);
    }

    /**
     * A variant of the valid workbook: one copy per revision stays open, a variant applies its changes, writes
     * the file and restores the touched cells (loading a template with POI costs seconds). The file is the
     * valid one as POI wrote it with the sheets the variant touched written anew (see {@link TouchedParts}).
     */
    public static synchronized byte[] validVariant(String revision, Consumer<EmrtFixture> change) {
        EmrtFixture f = SHARED.computeIfAbsent(revision, EmrtFixture::valid);
        f.undo = new LinkedHashMap<>();
        f.touched.clear();
        try {
            change.accept(f);
            return TouchedParts.save(f.wb, f.openedFrom, f.touched);
        } finally {
            List<Map.Entry<Cell, CTCell>> entries = new ArrayList<>(f.undo.entrySet());
            Collections.reverse(entries);
            entries.forEach(e -> ((XSSFCell) e.getKey()).getCTCell().set(e.getValue()));
            f.undo = null;
        }
    }

    static CheckResult checkVariant(String revision, Consumer<EmrtFixture> change) {
        return check(validVariant(revision, change));
    }

    static CheckResult check(byte[] file) {
        return checker().check("fixture.xlsx", new ByteArrayInputStream(file));
    }

    private static EmrtFixture open(byte[] bytes, String revision) {
        try {
            return new EmrtFixture(new XSSFWorkbook(new ByteArrayInputStream(bytes)), bytes, revision.startsWith("2"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean v2() {
        return v2;
    }

    /** Declaration row offset of the 2.x company block (four rows below 1.x from the unique ID on). */
    private String company(int v1Row) {
        return "D" + (v2 && v1Row >= 12 ? v1Row + 4 : v1Row);
    }

    EmrtFixture completeValid() {
        decl("D8", "Acme Components Ltd");
        decl("D9", "A. Company");
        decl(company(12), "123456789");
        decl(company(13), "DUNS");
        decl(company(14), "1 Foundry Road, Springfield");
        decl(company(15), "Jane Doe");
        decl(company(16), "jane.doe@acme.example");
        decl(company(17), "+1 555 0100");
        decl(company(18), "John Roe");
        decl(company(19), "Chief Executive");
        decl(company(20), "john.roe@acme.example");
        decl(company(21), "+1 555 0101");
        set("Declaration", company(22), 45688.0); // 31-Jan-2025
        int minerals = v2 ? 6 : 2;
        String[] answers = {"Yes", "Yes", "No", "No", "Greater than 90%", "Yes", "Yes"};
        for (int q = 1; q <= 7; q++) {
            for (int m = 0; m < minerals; m++) {
                answer(q, m, answers[q - 1]);
            }
        }
        for (int m = 0; m < minerals; m++) {
            companyC(m, "Yes");
        }
        for (char letter : new char[] {'A', 'B', 'D', 'F', 'G'}) {
            companyQuestion(letter, "Yes");
        }
        companyQuestion('E', "Yes, in conformance with IPC1755 (e.g. EMRT)");
        decl(v2 ? "G117" : "G71", "https://acme.example/minerals-policy");
        if (!v2) {
            decl("G69", "OECD-aligned policy for cobalt and mica"); // 1.1 and 1.11 require it when A is Yes
        }
        ExtendedMineral[] declared = v2 ? ExtendedMineral.values()
                : new ExtendedMineral[] {ExtendedMineral.COBALT, ExtendedMineral.MICA};
        for (int i = 0; i < declared.length; i++) {
            if (declared[i] == ExtendedMineral.GRAPHITE) {
                // the 2.x look-up lists no graphite processor yet, only "Smelter not listed/not yet identified"
                notListed(5 + i, declared[i], "Qingdao Graphite Processing Co.", "China");
            } else {
                smelterFromLookup(5 + i, declared[i], 0);
            }
        }
        if (v2) {
            mine(5, "Cobalt", smelterText(5, "C"), "Kamoto Mine", "Congo, Democratic Republic of the");
        }
        set("Checker", "D2", 0.0);
        return this;
    }

    /** Answer to question q (1..7) in mineral row m (1.x: 0 cobalt, 1 mica; 2.x: the m-th selected mineral). */
    public EmrtFixture answer(int q, int m, Object value) {
        int[] rows = v2 ? new int[] {30, 42, 54, 66, 78, 90, 102} : new int[] {26, 32, 38, 44, 50, 56, 62};
        return decl("D" + (rows[q - 1] + m), value);
    }

    public EmrtFixture companyC(int m, Object value) {
        return decl("D" + ((v2 ? 120 : 74) + m), value);
    }

    public EmrtFixture companyQuestion(char letter, Object value) {
        String cells = v2 ? "A115 B117 D131 E133 F135 G137" : "A69 B71 D77 E79 F81 G83";
        for (String c : cells.split(" ")) {
            if (c.charAt(0) == letter) {
                return decl("D" + c.substring(1), value);
            }
        }
        throw new IllegalArgumentException("no company question " + letter);
    }

    /** 2.x: deselects a mineral as the dropdown does, with "(Delete Mineral)". */
    public EmrtFixture deselect(ExtendedMineral m) {
        return decl(SELECTION[m.ordinal()], "(Delete " + m.label() + ")");
    }

    public EmrtFixture decl(String cell, Object value) {
        return set("Declaration", cell, value);
    }

    /** Literal value; null clears the cell (and any formula in it). */
    public EmrtFixture set(String sheetName, String address, Object value) {
        Cell cell = cell(sheetName, address);
        if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula();
        }
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
        return this;
    }

    private Cell cell(String sheetName, String address) {
        XSSFSheet sheet = wb.getSheet(sheetName);
        touched.add(sheet);
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (undo != null && !undo.containsKey(cell)) {
            undo.put(cell, (CTCell) ((XSSFCell) cell).getCTCell().copy());
        }
        return cell;
    }

    public EmrtFixture clearSmelterRow(int row) {
        for (int c = 0; c < 18; c++) {
            smelter(row, CellReference.convertNumToColString(c), null);
        }
        return this;
    }

    /**
     * Fills a Smelter List row as Excel would after picking mineral and look-up name: the n-th entry of that
     * mineral in the template's own Smelter Look-up whose look-up name is its standard name.
     */
    public EmrtFixture smelterFromLookup(int row, ExtendedMineral mineral, int n) {
        Sheet lookup = wb.getSheet("Smelter Look-up");
        int seen = 0;
        for (int r = 4; r <= lookup.getLastRowNum(); r++) {
            Row lr = lookup.getRow(r);
            if (lr == null || !mineral.label().equals(text(lr, 0)) || !text(lr, 4).startsWith("CID")
                    || !text(lr, 1).equals(text(lr, 2)) || seen++ < n) {
                continue;
            }
            clearSmelterRow(row);
            smelter(row, "B", mineral.label());
            smelter(row, "C", text(lr, 1));
            smelter(row, "E", text(lr, 3));
            smelter(row, "F", text(lr, 4));
            smelter(row, "G", text(lr, 5));
            smelter(row, "R", text(lr, 2));
            return this;
        }
        throw new IllegalStateException("no look-up entry " + n + " for " + mineral);
    }

    /** A "Smelter not listed" row with the name and country the Checker asks for, as a supplier types them. */
    public EmrtFixture notListed(int row, ExtendedMineral mineral, String name, String country) {
        clearSmelterRow(row);
        smelter(row, "B", mineral.label());
        smelter(row, "C", "Smelter not listed");
        smelter(row, "D", name);
        smelter(row, "E", country);
        return smelter(row, "G", "Enter smelter details");
    }

    public EmrtFixture smelter(int row, String column, Object value) {
        return set("Smelter List", column + row, value);
    }

    public String smelterText(int row, String column) {
        return cell("Smelter List", column + row).getStringCellValue();
    }

    /** A Mine List row (2.x): mineral, smelter sourcing from it, mine name, country. */
    public EmrtFixture mine(int row, String mineral, String smelter, String name, String country) {
        set("Mine List", "A" + row, mineral);
        set("Mine List", "B" + row, smelter);
        set("Mine List", "C" + row, name);
        return set("Mine List", "F" + row, country);
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
}
