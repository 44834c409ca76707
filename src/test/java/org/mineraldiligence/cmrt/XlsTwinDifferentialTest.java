package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.workbook.CellValue;
import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.mineraldiligence.cmrt.workbook.SheetCells;
import org.mineraldiligence.cmrt.workbook.SheetRequest;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;
import org.mineraldiligence.cmrt.workbook.WorkbookFiles;

/**
 * The .xls reader against the .xlsx reader on the same content: every real RMI template and filled
 * variants of them, each saved as Excel 97-2003 (see {@link XlsTwin}). A supplier who sends .xls must get
 * exactly the report the .xlsx would give, and every cell we read must be the same.
 */
class XlsTwinDifferentialTest {

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (String v : Templates.CMRT_6) {
            String file = "RMI_CMRT_" + v + ".xlsx";
            pairs.add(Arguments.of("blank " + v, Templates.bytes(Templates.resource(file))));
        }
        for (String other : new String[] {"RMI_EMRT_2.1.xlsx", "RMI_CRT_2.21.xlsx", "RMI_AMRT_1.3.xlsx"}) {
            pairs.add(Arguments.of(other, Templates.bytes(Templates.resource(other))));
        }
        for (String v : new String[] {"6.01", "6.22", "6.5"}) {
            pairs.add(Arguments.of("valid " + v, CmrtFixture.validVariant(v, f -> { })));
        }
        pairs.add(Arguments.of("6.22 with Q6 as the number 1, a long comment and no authorizer title",
                CmrtFixture.validVariant("6.22", f -> f.answer(6, 1, 1.0).decl("G26", "x".repeat(5_000))
                        .decl("D19", null))));
        pairs.add(Arguments.of("6.5 with problems: no company name, smelters by id only and not listed",
                TestWorkbooks.validOn("6.5",
                        new TestWorkbooks.Smelter("Gold", "Totally Unknown Refinery", "Peru", null),
                        new TestWorkbooks.Smelter("Tin", "Alpha", "United States of America", "CID000292"),
                        new TestWorkbooks.Smelter("Tantalum", "Changsha South Tantalum Niobium Co., Ltd.", "China", "cid 211"))));
        pairs.add(Arguments.of("6.4 without a company name", CmrtFixture.validVariant("6.4", f -> f.decl("D8", null))));
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theXlsTwinGetsTheSameReportAndTheSameCells(String name, byte[] xlsx) throws Exception {
        byte[] xls = XlsTwin.of(xlsx);

        CheckResult fromXlsx = Templates.checker().check("supplier-file", new ByteArrayInputStream(xlsx));
        CheckResult fromXls = Templates.checker().check("supplier-file", new ByteArrayInputStream(xls));

        assertThat(fromXlsx.verdict()).isNotEqualTo(Verdict.UNREADABLE);
        assertThat(CmrtJson.toJson(fromXls)).isEqualTo(CmrtJson.toJson(fromXlsx));
        assertSameCells(read(xlsx), read(xls));
    }

    @Test
    void theTwinsAreRealBiff8FilesWithFormulaStringsAndTheFullLabelSheet(@TempDir Path dir) throws Exception {
        byte[] xls = XlsTwin.ofTemplate("RMI_CMRT_6.5.xlsx");
        Path file = Files.write(dir.resolve("twin.xls"), xls);
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("L").getLastRowNum()).as("the hidden label sheet is carried over").isGreaterThan(500);
            var j5 = wb.getSheet("Smelter List").getRow(4).getCell(4);
            assertThat(j5.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
        }
        WorkbookCells cells = read(xls);
        assertThat(cells.format()).isEqualTo(WorkbookCells.Format.XLS);
        assertThat(cells.sheet(Sheets.SMELTER_LOOKUP).orElseThrow().lastRow()).isGreaterThan(500);
    }

    private static WorkbookCells read(byte[] bytes) throws Exception {
        ReadLimits limits = ReadLimits.defaults();
        return new WorkbookFiles(limits).read(new ByteArrayInputStream(bytes), Sheets.requests(limits));
    }

    private static void assertSameCells(WorkbookCells xlsx, WorkbookCells xls) {
        assertThat(xls.sheetNames()).isEqualTo(xlsx.sheetNames());
        assertThat(xls.date1904()).isEqualTo(xlsx.date1904());
        assertThat(xls.truncatedCells()).containsExactlyInAnyOrderElementsOf(xlsx.truncatedCells());
        assertThat(xls.sheets().keySet()).isEqualTo(xlsx.sheets().keySet());
        int compared = 0;
        for (SheetRequest request : Sheets.requests(ReadLimits.defaults())) {
            SheetCells a = xlsx.sheets().get(request.sheetName());
            SheetCells b = xls.sheets().get(request.sheetName());
            if (a == null) {
                continue;
            }
            int last = Math.max(a.lastRow(), b.lastRow());
            for (int r = 1; r <= last; r++) {
                for (int c = 0; c < a.width(); c++) {
                    CellValue x = a.get(r, c);
                    CellValue y = b.get(r, c);
                    if (x != null && x.kind() == CellValue.Kind.FORMULA_WITHOUT_CACHE) {
                        continue; // Excel always stores a result in .xls; see XlsTwin
                    }
                    assertThat(y).as("%s!R%dC%d", request.sheetName(), r, c + 1).isEqualTo(x);
                    compared += x == null ? 0 : 1;
                }
            }
        }
        assertThat(compared).as("cells compared").isGreaterThan(100);
    }
}
