package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Backs docs/EMRT-FORMAT.md: the cell maps written there are read back from the RMI templates themselves
 * (the Checker sheet's column B formulas name the Declaration cells it checks, the data validations name the
 * answer lists). If RMI moves a cell in a new revision, this test says which fact of the document broke.
 */
class EmrtFormatTest {

    /** Declaration rows of the per-mineral questions 1-7 for the first mineral (§3, §4 of EMRT-FORMAT.md). */
    private static final int[] V1_QUESTION_ROWS = {26, 32, 38, 44, 50, 56, 62};
    private static final int[] V2_QUESTION_ROWS = {30, 42, 54, 66, 78, 90, 102};

    @ParameterizedTest(name = "EMRT {0}: Checker counts 31 required fields on the blank template")
    @ValueSource(strings = {"1.1", "1.11", "1.2", "1.3"})
    void revisionOneCountsThirtyOne(String version) throws IOException {
        try (XSSFWorkbook wb = open(version)) {
            assertThat(cachedNumber(wb.getSheet("Checker"), "D2")).isEqualTo(31);
            assertThat(text(wb.getSheet("Revision"), "B3")).isEqualTo("Extended Mineral Reporting Template");
            // cobalt and mica are fixed in rows 26/27 (question 1), two hidden spare rows preset to "No"
            Sheet decl = wb.getSheet("Declaration");
            assertThat(text(decl, "D28")).isEqualTo("No");
            assertThat(text(decl, "D29")).isEqualTo("No");
            List<String> checked = checkedCells(wb.getSheet("Checker"));
            for (int q = 0; q < 7; q++) {
                int row = V1_QUESTION_ROWS[q];
                assertThat(checked).as("question %d cobalt", q + 1).contains("D" + row);
                if (q != 3) { // question 4 (100% recycled) is checked for cobalt only
                    assertThat(checked).as("question %d mica", q + 1).contains("D" + (row + 1));
                }
            }
            assertThat(checked).contains("D8", "D9", "D10", "D15", "D16", "D17", "D18", "D20", "D22",
                    "D69", "D71", "G71", "D74", "D75", "D77", "D81", "D83");
            assertThat(listOf(decl, "D26")).containsExactly("Yes", "No", "Unknown", "Not applicable for this declaration");
            assertThat(listOf(decl, "D50")).containsExactly("1", "Greater than 90%", "Greater than 75%",
                    "Greater than 50%", "50% or less", "None");
            assertThat(listOf(decl, "D75")).containsExactly("Yes", "Yes, when more processors are validated", "No");
            assertThat(listOf(decl, "D79")).containsExactly("Yes, in conformance with IPC1755 (e.g. EMRT)",
                    "Yes, Using Other Format (Describe)", "No");
        }
    }

    @ParameterizedTest(name = "EMRT {0}: Checker counts 68 required fields with the six preselected minerals")
    @ValueSource(strings = {"2.0", "2.1"})
    void revisionTwoCountsSixtyEight(String version) throws IOException {
        try (XSSFWorkbook wb = open(version)) {
            assertThat(cachedNumber(wb.getSheet("Checker"), "D2")).isEqualTo(68);
            assertThat(text(wb.getSheet("Revision"), "B3")).isEqualTo("Extended Mineral Reporting Template");
            Sheet decl = wb.getSheet("Declaration");
            // the blank template ships with all six minerals selected; the declarant picks "(Delete X)"
            List<String> selected = new ArrayList<>();
            for (String cell : new String[] {"D12", "E12", "G12", "D13", "E13", "G13"}) {
                selected.add(text(decl, cell));
                assertThat(listOf(decl, cell)).hasSize(2).element(1).asString().startsWith("(Delete");
            }
            assertThat(selected).containsExactly("Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel");
            List<String> checked = checkedCells(wb.getSheet("Checker"));
            for (int q = 0; q < 7; q++) {
                for (int m = 0; m < 6; m++) {
                    assertThat(checked).as("question %d mineral %d", q + 1, m + 1).contains("D" + (V2_QUESTION_ROWS[q] + m));
                }
            }
            for (int m = 0; m < 6; m++) {
                assertThat(checked).as("question C mineral %d", m + 1).contains("D" + (120 + m));
            }
            assertThat(checked).contains("D8", "D9", "D10", "D19", "D20", "D21", "D22", "D24", "D26",
                    "D115", "D117", "G117", "D131", "D133", "D135", "D137");
            assertThat(listOf(decl, "D30")).containsExactly("Yes", "No", "Unknown", "Not declaring");
            assertThat(listOf(decl, "D42")).containsExactly("Yes", "No", "Unknown");
            assertThat(listOf(decl, "D78")).containsExactly("100%", "Greater than 90%", "Greater than 75%",
                    "Greater than 50%", "50% or less", "None", "Did not survey");
            assertThat(listOf(decl, "D120")).containsExactly("Yes", "Yes, when more processors are validated", "No");
            assertThat(listOf(decl, "D133")).containsExactly("Yes, in conformance with IPC1755 (e.g. EMRT)",
                    "Yes, Using Other Format (Describe)", "No");
            assertThat(wb.getSheet("Mine List")).isNotNull();
        }
    }

    private static XSSFWorkbook open(String version) throws IOException {
        return new XSSFWorkbook(java.nio.file.Files.newInputStream(Templates.resource("RMI_EMRT_" + version + ".xlsx")));
    }

    /** Declaration cells named by the Checker's column B formulas (rows 4 on). */
    private static List<String> checkedCells(Sheet checker) {
        List<String> cells = new ArrayList<>();
        for (Row row : checker) {
            Cell b = row.getCell(1);
            if (row.getRowNum() >= 3 && b != null && b.getCellType() == CellType.FORMULA) {
                var m = java.util.regex.Pattern.compile("Declaration!\\$?([A-Z]+)\\$?(\\d+)").matcher(b.getCellFormula());
                while (m.find()) {
                    cells.add(m.group(1) + m.group(2));
                }
            }
        }
        return cells;
    }

    /** The values of the list data validation that covers a cell, read from the sheet range it points at. */
    private static List<String> listOf(Sheet sheet, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        for (DataValidation dv : sheet.getDataValidations()) {
            for (CellRangeAddress range : dv.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(ref.getRow(), ref.getCol())) {
                    String f = dv.getValidationConstraint().getFormula1().replace("$", "");
                    CellRangeAddress source = CellRangeAddress.valueOf(f);
                    List<String> values = new ArrayList<>();
                    for (int r = source.getFirstRow(); r <= source.getLastRow(); r++) {
                        for (int c = source.getFirstColumn(); c <= source.getLastColumn(); c++) {
                            Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
                            if (cell != null && cell.getCellType() == CellType.STRING) {
                                values.add(cell.getStringCellValue());
                            } else if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                                values.add(String.valueOf((int) cell.getNumericCellValue()));
                            }
                        }
                    }
                    return values;
                }
            }
        }
        return List.of();
    }

    private static String text(Sheet sheet, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        return cell == null ? null : cell.getStringCellValue();
    }

    private static int cachedNumber(Sheet sheet, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        Cell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
        // D2 is IF(H..=0,"0",H..): a number when fields are missing, cached as Excel left it
        return cell.getCachedFormulaResultType() == CellType.NUMERIC ? (int) cell.getNumericCellValue()
                : Integer.parseInt(cell.getStringCellValue().trim());
    }
}
