package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.workbook.CellValue;
import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.mineraldiligence.cmrt.workbook.SheetCells;
import org.mineraldiligence.cmrt.workbook.SheetRequest;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;
import org.mineraldiligence.cmrt.workbook.WorkbookFiles;

/**
 * The fixtures are written once per run and handed out again by their recipe (see {@link CmrtFixture}).
 * A cached workbook must hold exactly what the asking test described, and no test may spoil it for the next.
 */
class FixtureCacheTest {

    private static final Consumer<CmrtFixture> RECIPE = f -> f.decl("D8", "Fixture Cache Ltd").answer(6, 1, 1.0)
            .smelter(5, "D", "  Some\tName ").formulaWithoutCache("Smelter List", "C6", "IF(A6=\"\",\"\",\"x\")");

    @Test
    void aWorkbookHandedOutAgainHoldsTheCellsOfTheSameChangesWrittenOnAFreshCopy() throws Exception {
        CmrtFixture.validVariant("6.5", RECIPE);
        byte[] handedOutAgain = CmrtFixture.validVariant("6.5", RECIPE);
        byte[] writtenAfresh = CmrtFixture.freshVariant("6.5", RECIPE);

        WorkbookCells cached = read(handedOutAgain);
        assertThat(cached.sheet(Sheets.DECLARATION).orElseThrow().get("D8").text()).isEqualTo("Fixture Cache Ltd");
        assertSameCells(cached, read(writtenAfresh));
    }

    @Test
    void eachTestGetsItsOwnCopySoChangingItSpoilsNothing() throws Exception {
        byte[] first = CmrtFixture.validVariant("6.5", RECIPE);
        byte[] pristine = first.clone();
        java.util.Arrays.fill(first, (byte) 0);

        assertThat(CmrtFixture.validVariant("6.5", RECIPE)).isEqualTo(pristine);
        assertThat(CmrtFixture.validVariant("6.5", f -> { })).isNotSameAs(CmrtFixture.validVariant("6.5", f -> { }));
    }

    @Test
    void theRecipeTellsANumberFromTheSameDigitsAsTextAndTheSharedCopyIsRestoredAfterEach() throws Exception {
        SheetCells asNumber = declaration(CmrtFixture.validVariant("6.5", f -> f.decl("D12", 123456789)));
        SheetCells asText = declaration(CmrtFixture.validVariant("6.5", f -> f.decl("D12", "123456789")));
        SheetCells untouched = declaration(CmrtFixture.validVariant("6.5", f -> f.decl("D13", "LEI")));

        assertThat(asNumber.get("D12").isNumber()).isTrue();
        assertThat(asText.get("D12").kind()).isEqualTo(CellValue.Kind.STRING);
        assertThat(untouched.get("D12").text()).isEqualTo("123456789");
        assertThat(untouched.get("D12").kind()).isEqualTo(CellValue.Kind.STRING);
        assertThat(untouched.get("D13").text()).isEqualTo("LEI");
        assertThat(asText.get("D13").text()).isEqualTo("DUNS");
    }

    private static SheetCells declaration(byte[] xlsx) throws Exception {
        return read(xlsx).sheet(Sheets.DECLARATION).orElseThrow();
    }

    private static WorkbookCells read(byte[] bytes) throws Exception {
        ReadLimits limits = ReadLimits.defaults();
        return new WorkbookFiles(limits).read(new ByteArrayInputStream(bytes), Sheets.requests(limits));
    }

    private static void assertSameCells(WorkbookCells a, WorkbookCells b) {
        assertThat(b.sheets().keySet()).isEqualTo(a.sheets().keySet());
        int compared = 0;
        for (SheetRequest request : Sheets.requests(ReadLimits.defaults())) {
            SheetCells x = a.sheets().get(request.sheetName());
            SheetCells y = b.sheets().get(request.sheetName());
            if (x == null) {
                continue;
            }
            assertThat(y.lastRow()).as(request.sheetName()).isEqualTo(x.lastRow());
            for (int r = 1; r <= x.lastRow(); r++) {
                for (int c = 0; c < x.width(); c++) {
                    assertThat(y.get(r, c)).as("%s!R%dC%d", request.sheetName(), r, c + 1).isEqualTo(x.get(r, c));
                    compared += x.get(r, c) == null ? 0 : 1;
                }
            }
        }
        assertThat(compared).as("cells compared").isGreaterThan(100);
    }
}
