package org.mineraldiligence.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.MineRow;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.emrt.EmrtLayout;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.web.SpreadsheetText;

/**
 * Writes the company's consolidated EMRT into a copy of the official RMI EMRT 2.1 with POI, at the cells
 * docs/EMRT-FORMAT.md §4-5 names ({@link EmrtLayout#V2}), in English. As for the consolidated CMRT, every text goes
 * through {@link SpreadsheetText}, cells the template fills by formula get the values Excel would show, and our own
 * checker (with the EMRT) must accept the file before anyone gets it.
 */
final class EmrtRollUp {

    static final String TEMPLATE = "/report/RMI_EMRT_2.1.xlsx";
    private static final EmrtLayout LAYOUT = EmrtLayout.V2;
    /** Rows per question block in 2.x (the Checker covers the first six). */
    private static final int BLOCK = 10;
    /** First row of each block whose column B labels the n-th selected mineral: questions 1-7, then C. */
    private static final int[] LABEL_BLOCKS = {30, 42, 54, 66, 78, 90, 102, 120};
    private static final String[] DERIVED_COMPANY_ANSWERS = {
        // D: due diligence measures; E: surveys suppliers with the EMRT; F: reviews their answers; G: corrective actions
        "D", "Yes", "E", EmrtLayout.E_IPC1755, "F", "Yes", "G", "Yes"};

    private final XSSFWorkbook wb;
    private final TemplateCells cells;

    private EmrtRollUp(XSSFWorkbook wb) {
        this.wb = wb;
        this.cells = new TemplateCells(wb);
    }

    /** The filled workbook, or, when our checker refuses it, the checker's reasons. */
    static RollUps.Outcome write(String companyName, RollUpDeclarant declarant, LocalDate effectiveDate,
                                 EmrtRollUpAnswers answers, CmrtChecker checker) {
        try {
            EmrtRollUp rollUp = new EmrtRollUp(template());
            rollUp.set("Declaration", "D3", RollUpChoices.ENGLISH);
            List<ExtendedMineral> minerals = answers.minerals();
            rollUp.declaration(companyName, declarant, effectiveDate, minerals, answers.proposals());
            rollUp.smelters(minerals, answers.smelters());
            rollUp.mines(answers.mines());
            TemplateLabels.translate(rollUp.wb, RollUpChoices.ENGLISH);
            rollUp.set("Checker", "D2", 0); // the template's cached count; ours runs below and must agree
            byte[] bytes = rollUp.cells.bytes();
            CheckResult result = checker.alsoEmrt().check("consolidated-emrt.xlsx", new ByteArrayInputStream(bytes));
            return RollUps.Outcome.checked(bytes, result, "Our EMRT checker refuses the consolidated EMRT: ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's own Smelter Look-up as "Cobalt|CID003875" keys: the rows that need no name of their own. */
    static Set<String> lookupIds() {
        try (XSSFWorkbook wb = template()) {
            return Set.copyOf(lookup(wb).keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook template() throws IOException {
        return TemplateCells.open(TEMPLATE);
    }

    private void declaration(String companyName, RollUpDeclarant d, LocalDate effectiveDate, List<ExtendedMineral> minerals,
                             Map<ExtendedMineral, Map<Integer, ProposedAnswer>> proposals) {
        set("Declaration", company(CompanyField.COMPANY_NAME), companyName);
        set("Declaration", company(CompanyField.SCOPE), AnswerLists.SCOPE_COMPANY);
        set("Declaration", company(CompanyField.CONTACT_NAME), d.contactName());
        set("Declaration", company(CompanyField.CONTACT_EMAIL), d.contactEmail());
        set("Declaration", company(CompanyField.CONTACT_PHONE), d.contactPhone());
        set("Declaration", company(CompanyField.AUTHORIZER), d.authorizerName());
        set("Declaration", company(CompanyField.AUTHORIZER_TITLE), d.authorizerTitle().isEmpty() ? null : d.authorizerTitle());
        set("Declaration", company(CompanyField.AUTHORIZER_EMAIL), d.authorizerEmail());
        cell("Declaration", company(CompanyField.EFFECTIVE_DATE)).setCellValue(effectiveDate);
        for (ExtendedMineral m : ExtendedMineral.values()) {
            set("Declaration", selectionCell(m), minerals.contains(m) ? m.label() : "(Delete " + m.label() + ")");
        }
        for (int i = 0; i < BLOCK; i++) {
            ExtendedMineral m = i < minerals.size() ? minerals.get(i) : null;
            for (int q = 1; q <= 7; q++) {
                set("Declaration", LAYOUT.questionCell(q, i), m == null ? null : proposals.get(m).get(q).value());
            }
            set("Declaration", LAYOUT.companyCCell(i), m == null ? null : d.auditedSmelterRequirement());
            // the cached labels of the packed rows (helper AA12:AA21 and column B), as Excel would show them
            cached("Declaration", "AA" + (12 + i), m == null ? "" : m.label());
            for (int block : LABEL_BLOCKS) {
                cached("Declaration", "B" + (block + i), m == null ? "" : m.label() + "(*)");
            }
        }
        set("Declaration", LAYOUT.companyCell('A'), d.policy());
        set("Declaration", LAYOUT.companyCell('B'), d.policyPublic());
        set("Declaration", LAYOUT.policyUrlCell(), "Yes".equals(d.policyPublic()) ? d.policyUrl() : null);
        for (int i = 0; i < DERIVED_COMPANY_ANSWERS.length; i += 2) {
            set("Declaration", LAYOUT.companyCell(DERIVED_COMPANY_ANSWERS[i].charAt(0)), DERIVED_COMPANY_ANSWERS[i + 1]);
        }
    }

    private static String company(CompanyField field) {
        return LAYOUT.companyFieldCell(field);
    }

    /** D12 Cobalt, E12 Copper, G12 Graphite, D13 Lithium, E13 Mica, G13 Nickel (docs/EMRT-FORMAT.md §4). */
    private static String selectionCell(ExtendedMineral m) {
        return new String[] {"D12", "E12", "G12", "D13", "E13", "G13"}[m.ordinal()];
    }

    private void smelters(List<ExtendedMineral> minerals, List<EmrtDeclaration.DeclaredSmelter> smelters) {
        Map<String, String[]> lookup = lookup(wb);
        int row = 5;
        for (EmrtDeclaration.DeclaredSmelter s : smelters) {
            String id = EmrtRollUpAnswers.canonicalId(s);
            String[] inTemplate = id == null ? null : lookup.get(s.mineral().label() + "|" + id);
            clearRow("Smelter List", row, 20);
            set("Smelter List", "A" + row, inTemplate != null ? id : null);
            set("Smelter List", "B" + row, s.mineral().label());
            set("Smelter List", "C" + row, inTemplate != null ? inTemplate[0] : AnswerLists.NOT_LISTED);
            set("Smelter List", "D" + row, inTemplate != null ? inTemplate[0] : s.name());
            set("Smelter List", "E" + row, inTemplate != null ? inTemplate[1] : s.country());
            set("Smelter List", "F" + row, id);
            set("Smelter List", "G" + row, id != null ? "RMI" : null);
            set("Smelter List", "R" + row, inTemplate != null ? inTemplate[0] : s.name());
            row++;
        }
        // a mineral in scope without a smelter we can list: say so, as the template asks, rather than leave it empty
        for (ExtendedMineral m : minerals) {
            if (smelters.stream().noneMatch(s -> s.mineral() == m)) {
                clearRow("Smelter List", row, 20);
                set("Smelter List", "B" + row, m.label());
                set("Smelter List", "C" + row, AnswerLists.NOT_YET_IDENTIFIED);
                row++;
            }
        }
    }

    private void mines(List<MineRow> mines) {
        int row = 5;
        for (MineRow mine : mines) {
            clearRow("Mine List", row, 13);
            String[] values = {ExtendedMineral.fromText(mine.mineral()).label(), mine.smelters(), mine.name(), mine.mineId(),
                mine.idSource(), mine.country(), mine.street(), mine.city(), mine.state(), mine.contactName(),
                mine.contactEmail(), mine.nextSteps(), mine.comments()};
            for (int c = 0; c < values.length; c++) {
                set("Mine List", CellReference.convertNumToColString(c) + row, values[c]);
            }
            row++;
        }
    }

    /** Mineral and smelter id to the template's own standard name and country, from its Smelter Look-up. */
    private static Map<String, String[]> lookup(XSSFWorkbook wb) {
        Map<String, String[]> byId = new HashMap<>();
        Sheet sheet = wb.getSheet("Smelter Look-up");
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String id = TemplateLabels.text(row.getCell(4));
            String name = TemplateLabels.text(row.getCell(1));
            if (id.startsWith("CID") && name.equals(TemplateLabels.text(row.getCell(2)))) {
                byId.putIfAbsent(TemplateLabels.text(row.getCell(0)) + "|" + id,
                        new String[] {name, TemplateLabels.text(row.getCell(3))});
            }
        }
        return byId;
    }

    private void clearRow(String sheet, int row, int columns) {
        for (int c = 0; c < columns; c++) {
            set(sheet, CellReference.convertNumToColString(c) + row, null);
        }
    }

    /** A formula cell's cached result; the formula stays for Excel to recalculate. */
    private void cached(String sheet, String address, String value) {
        Cell cell = cell(sheet, address);
        if (cell.getCellType() == CellType.FORMULA) {
            cell.setCellValue(value);
        }
    }

    private void set(String sheet, String address, Object value) {
        cells.set(sheet, address, value);
    }

    private Cell cell(String sheet, String address) {
        return cells.cell(sheet, address);
    }

}
