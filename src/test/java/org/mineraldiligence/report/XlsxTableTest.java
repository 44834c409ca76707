package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The writer behind Appendix A and the supplier status download, read back with POI. */
class XlsxTableTest {

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedAndNumbersStayNumbers() throws Exception {
        byte[] xlsx = XlsxTable.of("Sheet", List.of("name", "amount"), List.of(
                Arrays.asList("=HYPERLINK(\"http://evil.example\",\"x\")", new BigDecimal("-5.5")),
                Arrays.asList("-3", -7L)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row first = wb.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-5.5);
            Row second = wb.getSheetAt(0).getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("'-3");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(-7.0);
        }
    }
}
