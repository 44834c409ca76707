package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.EmrtFixture;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.cmrt.check.CmrtChecker;

/**
 * The consolidated EMRT from supplier EMRTs filled with POI from the real templates (2.1 and 1.3), with answers
 * that disagree and names that look like formulas: the answers a customer reads, and our own checker's verdict.
 */
class EmrtRollUpTest {

    static final String HOSTILE_SMELTER = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String HOSTILE_MINE = "@SUM(1+1)";
    static final RollUpDeclarant DECLARANT = new RollUpDeclarant("Cora Compliance", "cora@example.com", "+1 555 0100",
            "Olivia Owner", "Head of Compliance", "olivia@example.com", "Yes", "Yes", "https://example.com/minerals-policy",
            "Yes", null);

    static List<EmrtDeclaration> declarations;

    /** Three suppliers: a 2.1 declaring all six minerals, a 1.3 (cobalt, mica) that disagrees, a 2.1 using none. */
    static List<byte[]> supplierEmrts() {
        byte[] all = EmrtFixture.validVariant("2.1", f -> {
            f.answer(3, 0, "Yes"); // cobalt from CAHRAs
            f.answer(4, 3, "Yes"); // lithium 100 % recycled
            f.notListed(11, ExtendedMineral.COBALT, HOSTILE_SMELTER, "China");
            f.notListed(12, ExtendedMineral.MICA, "Mica Works Ltd", "India");
            f.mine(6, "Cobalt", "", HOSTILE_MINE, "Zambia");
        });
        byte[] cobaltAndMica = EmrtFixture.validVariant("1.3", f -> {
            f.answer(3, 1, "India and/or Madagascar only"); // mica: a yes, and it is S1's only No
            f.answer(6, 0, "No"); // not every cobalt smelter identified
            f.answer(6, 1, "No");
            f.notListed(7, ExtendedMineral.MICA, "  MICA   works LTD ", "India");
            f.smelter(8, "B", "Mica");
            f.smelter(8, "C", "Smelter not yet identified");
        });
        byte[] none = EmrtFixture.validVariant("2.1", f -> {
            for (ExtendedMineral m : ExtendedMineral.values()) {
                if (m != ExtendedMineral.COPPER) {
                    f.deselect(m);
                }
            }
            f.answer(1, 0, "No");
            for (int q = 2; q <= 7; q++) {
                f.answer(q, 0, null);
            }
            f.companyC(0, null);
        });
        return List.of(all, cobaltAndMica, none);
    }

    @BeforeAll
    static void readSuppliers() {
        List<byte[]> files = supplierEmrts();
        CmrtChecker checker = CmrtChecker.withDefaults().alsoEmrt();
        declarations = new ArrayList<>();
        String[] names = {"Acme", "Borealis", "Copperless"};
        for (int i = 0; i < files.size(); i++) {
            CheckResult result = checker.check("supplier.xlsx", new ByteArrayInputStream(files.get(i)));
            assertThat(result.verdict()).as(names[i] + " " + result.errors()).isIn(Verdict.VALID, Verdict.VALID_WITH_WARNINGS);
            declarations.add(EmrtRollUps.read(names[i], files.get(i)));
        }
    }

    private static EmrtRollUpAnswers answers(long asked) {
        return new EmrtRollUpAnswers(asked, 3, declarations, EmrtRollUps.LOOKUP_IDS);
    }

    private static String answer(EmrtRollUpAnswers a, ExtendedMineral m, int q) {
        return a.proposals().get(m).get(q).value();
    }

    @Test
    void answersFollowTheConsolidatedCmrtsRules() {
        EmrtRollUpAnswers a = answers(3);
        assertThat(declarations.get(1).revision()).isEqualTo("1.3");
        assertThat(a.minerals()).containsExactly(ExtendedMineral.values()); // the 2.1 supplier declares all six
        assertThat(answer(a, ExtendedMineral.COBALT, 1)).isEqualTo("Yes");
        assertThat(a.proposals().get(ExtendedMineral.COPPER).get(1).basis())
                .startsWith("1 of 3 suppliers declared Copper used and in their products; 1 declared it not used");
        // Q3: one supplier's yes is ours; "No" only when everyone says No
        assertThat(answer(a, ExtendedMineral.COBALT, 3)).isEqualTo("Yes");
        assertThat(answer(a, ExtendedMineral.MICA, 3)).isEqualTo("Yes");
        assertThat(answer(a, ExtendedMineral.NICKEL, 3)).isEqualTo("No");
        // Q4: one No is ours; Yes only when every supplier says Yes
        assertThat(answer(a, ExtendedMineral.COBALT, 4)).isEqualTo("No");
        assertThat(answer(a, ExtendedMineral.LITHIUM, 4)).isEqualTo("Yes");
        assertThat(answer(a, ExtendedMineral.COBALT, 5)).isEqualTo("100%");
        // Q6/Q7: the 1.3 supplier has not identified every cobalt and mica smelter; a mica row is not identified
        assertThat(answer(a, ExtendedMineral.COBALT, 6)).isEqualTo("No");
        assertThat(answer(a, ExtendedMineral.NICKEL, 6)).isEqualTo("Yes");
        assertThat(answer(a, ExtendedMineral.COBALT, 7)).isEqualTo("Yes");
        assertThat(answer(a, ExtendedMineral.MICA, 7)).isEqualTo("No");
        assertThat(a.proposals().get(ExtendedMineral.MICA).get(7).basis()).startsWith("1 declared Mica rows");
    }

    @Test
    void aSupplierWhoDidNotAnswerTurnsCertaintyIntoUnknown() {
        EmrtRollUpAnswers a = answers(5);
        assertThat(answer(a, ExtendedMineral.LITHIUM, 4)).isEqualTo("Unknown");
        assertThat(answer(a, ExtendedMineral.NICKEL, 3)).isEqualTo("Unknown");
        assertThat(answer(a, ExtendedMineral.NICKEL, 6)).isEqualTo("No");
        assertThat(answer(a, ExtendedMineral.COBALT, 5)).isEqualTo("Greater than 50%");
        assertThat(a.proposals().get(ExtendedMineral.COBALT).get(5).basis())
                .isEqualTo("3 of 5 suppliers asked for an EMRT sent one (60%)");
    }

    @Test
    void theWrittenEmrtPassesOurCheckerAndKeepsFormulaLikeTextAsText() throws Exception {
        RollUps.Outcome outcome = EmrtRollUp.write("=cmd|' /C calc'!A0 Corp", DECLARANT, LocalDate.of(2026, 1, 15),
                answers(3), CmrtChecker.withDefaults());
        assertThat(outcome.problem()).isNull();
        CheckResult check = CmrtChecker.withDefaults().alsoEmrt().check("consolidated-emrt.xlsx",
                new ByteArrayInputStream(outcome.workbook()));
        assertThat(check.verdict()).as(check.errors().toString()).isIn(Verdict.VALID, Verdict.VALID_WITH_WARNINGS);
        assertThat(check.templateType()).isEqualTo("EMRT");
        assertThat(check.templateVersion()).isEqualTo("2.1");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(outcome.workbook()))) {
            assertThat(text(wb, "Declaration", "D3")).isEqualTo("English");
            assertThat(text(wb, "Declaration", "B115")).startsWith("A. ").doesNotContain("贵公司");
            assertThat(text(wb, "Declaration", "D8")).isEqualTo("'=cmd|' /C calc'!A0 Corp");
            assertThat(text(wb, "Declaration", "D12")).isEqualTo("Cobalt");
            assertThat(text(wb, "Declaration", "B30")).isEqualTo("Cobalt(*)");
            assertThat(text(wb, "Declaration", "D54")).isEqualTo("Yes"); // cobalt Q3
            assertThat(text(wb, "Declaration", "D133")).isEqualTo("Yes, in conformance with IPC1755 (e.g. EMRT)");
            List<String> rows = rows(wb.getSheet("Smelter List"), 5, 6);
            assertThat(rows).contains("Cobalt|Smelter not listed|'" + HOSTILE_SMELTER + "|China|")
                    .contains("Mica|Smelter not listed|Mica Works Ltd|India|");
            assertThat(rows.stream().filter(r -> r.toLowerCase().contains("mica works"))).hasSize(1);
            List<String> idRows = rows.stream().filter(r -> r.matches(".*\\|CID\\d{6}$")).toList();
            assertThat(idRows).doesNotHaveDuplicates().isNotEmpty();
            assertThat(rows(wb.getSheet("Mine List"), 5, 3)).contains("Cobalt||'" + HOSTILE_MINE);
            for (Row row : wb.getSheet("Smelter List")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
                        assertThat(cell.getStringCellValue()).startsWith("'");
                    }
                }
            }
        }
    }

    @Test
    void aWorkbookThatDeclaresNoMineralInScopeIsNotWritten() {
        EmrtRollUpAnswers nothing = new EmrtRollUpAnswers(1, 1, List.of(declarations.get(2)), EmrtRollUps.LOOKUP_IDS);
        assertThat(nothing.minerals()).isEmpty();
        assertThat(nothing.proposals()).isEqualTo(Map.of());
    }

    static String text(XSSFWorkbook wb, String sheet, String address) {
        CellReference ref = new CellReference(address);
        Cell cell = wb.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
        return TemplateLabels.text(cell);
    }

    /** Rows from {@code first} as "B|C|D|E|F" (Smelter List) or "A|B|C" (Mine List): column count from A or B. */
    static List<String> rows(Sheet sheet, int first, int columns) {
        List<String> rows = new ArrayList<>();
        int from = sheet.getSheetName().equals("Smelter List") ? 1 : 0;
        for (int r = first - 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = from; c < from + columns - (from == 1 ? 1 : 0); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : TemplateLabels.text(cell));
            }
            String joined = String.join("|", cells);
            if (!joined.replace("|", "").isEmpty()) {
                rows.add(joined);
            }
        }
        return rows;
    }
}
