package org.mineraldiligence.smelter.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Facility lists as a compliance officer would upload them, written by the tests. Smelter ids are drawn from
 * CID9xxxxx, which RMI has not assigned, and are new on every run, because the tests share one database (and
 * the PostgreSQL one outlives a run) and evidence flags hold for a smelter id on every list.
 */
public final class TestLists {

    public static final String HEADER = "Metal,Smelter Name,Smelter Facility Location Country,Smelter ID,"
            + "Assessment Status,Last Audit Date,Audit Cycle,Aliases";

    private TestLists() {
    }

    public static String newCid() {
        return "CID9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    public static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A one-sheet workbook, a title row above the header as in RMI's own exports. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Facilities");
            sheet.createRow(0).createCell(0).setCellValue("RMI Facility List export");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
