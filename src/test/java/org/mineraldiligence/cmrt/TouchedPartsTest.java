package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A variant saved with only its touched parts written anew holds, part for part, what POI's full write holds. */
class TouchedPartsTest {

    @Test
    void aVariantIsTheFullWriteOfTheSameWorkbook() throws IOException {
        byte[] valid = CmrtFixture.validVariant("6.5", f -> { });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(valid))) {
            XSSFSheet declaration = workbook.getSheet("Declaration");
            declaration.getRow(7).getCell(3).setCellValue("Changed Components Ltd"); // D8, a new shared string
            XSSFSheet smelters = workbook.getSheet("Smelter List");
            smelters.getRow(9).getCell(7).removeFormula(); // H10: out of the calculation chain too
            smelters.getRow(9).getCell(7).setCellValue(0);

            byte[] partial = TouchedParts.save(workbook, valid, List.of(declaration, smelters));
            ByteArrayOutputStream full = new ByteArrayOutputStream();
            workbook.write(full);

            Map<String, byte[]> written = parts(partial);
            Map<String, byte[]> expected = parts(full.toByteArray());
            assertThat(written.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((name, content) -> assertThat(written.get(name)).as(name).isEqualTo(content));
            assertThat(new String(written.get("xl/sharedStrings.xml"), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Changed Components Ltd");
        }
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
