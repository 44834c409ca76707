package org.mineraldiligence.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceSmelter;

/**
 * Writes the company's consolidated CMRT into a copy of the official RMI template (revision 6.5) with POI:
 * cells the template would fill by formula get the values Excel would show, because POI does not
 * recalculate. The result is checked with our own checker before anyone gets it.
 */
final class CmrtRollUp {

    static final String TEMPLATE = "/report/RMI_CMRT_6.5.xlsx";
    private static final int FIRST_SMELTER_ROW = 5;
    /** Declaration rows of questions 1..8 start at 26, one block of six per question, metals in this order. */
    private static final List<Metal> DECLARATION_ORDER = List.of(Metal.TANTALUM, Metal.TIN, Metal.GOLD, Metal.TUNGSTEN);
    private static final String[] DERIVED_COMPANY_ANSWERS = {
        // D: due diligence measures; E: surveys suppliers with the CMRT; F: reviews their answers; G: corrective actions
        "D81", "Yes", "D83", "Yes, in conformance with IPC1755 (e.g., CMRT)", "D85", "Yes", "D87", "Yes"};

    private final XSSFWorkbook wb;
    private final TemplateCells cells;

    private CmrtRollUp(XSSFWorkbook wb) {
        this.wb = wb;
        this.cells = new TemplateCells(wb);
    }

    /**
     * The filled workbook, or, when our checker (with its roll-up rule) refuses it, the checker's reasons: the
     * process owner's answers may contradict the smelters we list.
     */
    static RollUps.Outcome write(String companyName, RollUpDeclarant declarant, String language, LocalDate effectiveDate,
                                 Map<Metal, Map<Integer, String>> answers, List<ReferenceSmelter> smelters, CmrtChecker checker) {
        try {
            CmrtRollUp rollUp = new CmrtRollUp(template());
            // the template ships with its language cell on Chinese; every label follows this one cell
            rollUp.set("Declaration", "D3", language);
            rollUp.declaration(companyName, declarant, effectiveDate, answers);
            rollUp.smelters(answers, smelters);
            TemplateLabels.translate(rollUp.wb, language);
            // the cached count of the template's Checker tab; ours runs below and must agree
            rollUp.set("Checker", "D2", 0);
            byte[] bytes = rollUp.cells.bytes();
            CheckResult result = checker.checkRollUp("consolidated-cmrt.xlsx", new ByteArrayInputStream(bytes));
            return RollUps.Outcome.checked(bytes, result, "Our CMRT checker refuses these answers: ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The languages the template offers in Declaration!D3. */
    static List<String> languages() {
        try (XSSFWorkbook wb = template()) {
            return TemplateLabels.languages(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook template() throws IOException {
        return TemplateCells.open(TEMPLATE);
    }

    private void declaration(String companyName, RollUpDeclarant d, LocalDate effectiveDate,
                             Map<Metal, Map<Integer, String>> answers) {
        set("Declaration", "D8", companyName);
        set("Declaration", "D9", "A. Company");
        set("Declaration", "D15", d.contactName());
        set("Declaration", "D16", d.contactEmail());
        set("Declaration", "D17", d.contactPhone());
        set("Declaration", "D18", d.authorizerName());
        set("Declaration", "D19", d.authorizerTitle().isEmpty() ? null : d.authorizerTitle());
        set("Declaration", "D20", d.authorizerEmail());
        cell("Declaration", "D22").setCellValue(effectiveDate);
        for (int m = 0; m < DECLARATION_ORDER.size(); m++) {
            Map<Integer, String> metal = answers.get(DECLARATION_ORDER.get(m));
            for (int q = 1; q <= 8; q++) {
                set("Declaration", "D" + (26 + 6 * (q - 1) + m), metal.get(q));
            }
        }
        boolean anyInScope = answers.values().stream().anyMatch(a -> "Yes".equals(a.get(2)));
        if (anyInScope) {
            set("Declaration", "D75", d.policy());
            set("Declaration", "D77", d.policyPublic());
            set("Declaration", "G77", "Yes".equals(d.policyPublic()) ? d.policyUrl() : null);
            set("Declaration", "D79", d.auditedSmelterRequirement());
            for (int i = 0; i < DERIVED_COMPANY_ANSWERS.length; i += 2) {
                set("Declaration", DERIVED_COMPANY_ANSWERS[i], DERIVED_COMPANY_ANSWERS[i + 1]);
            }
            set("Declaration", "D89", d.disclosure());
        }
    }

    private void smelters(Map<Metal, Map<Integer, String>> answers, List<ReferenceSmelter> smelters) {
        Map<String, String[]> lookup = lookup();
        int row = FIRST_SMELTER_ROW;
        for (ReferenceSmelter smelter : smelters) {
            clearSmelterRow(row);
            String[] inTemplate = lookup.get(smelter.smelterId());
            smelter(row, "A", smelter.smelterId());
            smelter(row, "B", smelter.metal().label());
            smelter(row, "C", inTemplate != null ? inTemplate[0] : "Smelter not listed");
            smelter(row, "D", smelter.standardName());
            smelter(row, "E", inTemplate != null ? inTemplate[1] : smelter.country());
            smelter(row, "F", smelter.smelterId());
            smelter(row, "G", "RMI");
            smelter(row, "R", inTemplate != null ? inTemplate[0] : smelter.standardName());
            row++;
        }
        // a metal in scope without a known smelter: say so, as the template asks, rather than leave it empty
        for (Metal metal : Metal.values()) {
            boolean inScope = "Yes".equals(answers.get(metal).get(2));
            if (inScope && smelters.stream().noneMatch(s -> s.metal() == metal)) {
                clearSmelterRow(row);
                smelter(row, "B", metal.label());
                smelter(row, "C", "Smelter not yet identified");
                row++;
            }
        }
    }

    /** Smelter id to the template's own standard name and country, from its Smelter Look-up. */
    private Map<String, String[]> lookup() {
        Map<String, String[]> byId = new HashMap<>();
        Sheet sheet = wb.getSheet("Smelter Look-up");
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String id = text(row, 4);
            if (id.startsWith("CID") && text(row, 1).equals(text(row, 2))) {
                byId.putIfAbsent(id, new String[] {text(row, 2), text(row, 3)});
            }
        }
        return byId;
    }

    private void clearSmelterRow(int row) {
        for (int c = 0; c < 20; c++) {
            set("Smelter List", CellReference.convertNumToColString(c) + row, null);
        }
    }

    private void smelter(int row, String column, String value) {
        set("Smelter List", column + row, value);
    }

    private void set(String sheet, String address, Object value) {
        cells.set(sheet, address, value);
    }

    private Cell cell(String sheet, String address) {
        return cells.cell(sheet, address);
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }

}
