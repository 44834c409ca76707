package org.mineraldiligence.smelter.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;

class FacilityListImporterTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private final FacilityListImporter importer = new FacilityListImporter();

    private ImportResult csv(String text) {
        return importer.importDelimited(new StringReader(text), "test.csv", AS_OF);
    }

    @Test
    void readsColumnsInAnyOrderWithRmiHeaderSpellings() {
        ReferenceList list = csv("""
                Facility ID,Assessment Status,Standard Smelter Name,Metal,Country Location,Last Audit Date,Audit Cycle
                CID 2763,Conformant,"Tin Smelter, Inc.",Tin,BOLIVIA,2023-05-12,Annual
                CID000019,RMI Due Diligence Review - Unable to Proceed,Aida Chemical,gold,JAPAN,,
                """).orElseThrow();
        ReferenceSmelter tin = list.byId("CID002763").orElseThrow();
        assertThat(tin.metal()).isEqualTo(Metal.TIN);
        assertThat(tin.standardName()).isEqualTo("Tin Smelter, Inc.");
        assertThat(tin.status().canonical()).isEqualTo(CanonicalStatus.CONFORMANT);
        assertThat(tin.status().asOf()).isEqualTo(AS_OF);
        assertThat(tin.lastAuditDate()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(tin.auditCycle()).isEqualTo("Annual");
        assertThat(list.byId("CID000019").orElseThrow().status().canonical())
                .isEqualTo(CanonicalStatus.DUE_DILIGENCE_REVIEW_UNABLE_TO_PROCEED);
    }

    @Test
    void findsTheHeaderBelowTitleRowsAndReadsSemicolonsAndAliases() {
        ReferenceList list = csv("""
                RMI Facilities List;;;;;
                exported 2024-06-30;;;;;
                Metal;Smelter Name;Country;Smelter ID;Status;Also known as
                Tungsten;Kennametal Huntsville;UNITED STATES;CID000105;Active;Kennametal | KMT Huntsville
                """).orElseThrow();
        assertThat(list.byId("CID000105").orElseThrow().aliases()).containsExactly("Kennametal", "KMT Huntsville");
    }

    @Test
    void refusesTheWholeListAndNamesEveryBadRowByLine() {
        ImportResult result = csv("""
                metal,smelter name,country,smelter id,status
                Gold,Good Refinery,JAPAN,CID000001,Conformant
                Silver,Bad Metal,JAPAN,CID000002,Conformant
                Gold,"Quoted
                over two lines",JAPAN,CID000003,Conformant
                Gold,Bad Id,JAPAN,12345,Conformant
                Gold,Bad Status,JAPAN,CID000004,Certified
                Gold,Twice,JAPAN,CID000001,Active
                """);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(3, 6, 7, 8);
        assertThat(result.problems().get(0).message()).contains("Silver");
        assertThat(result.problems().get(3).message()).contains("line 2");
    }

    @Test
    void refusesAFileWithoutRecognisableHeader() {
        ImportResult result = csv("a,b,c\n1,2,3\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message()).contains("no header row");
        });
    }

    @Test
    void readsTheFirstSheetOfAnXlsxFacilityListWithExcelDates() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Facilities");
            String[][] rows = {{"Metal", "Smelter ID", "Facility Name", "Country", "RMAP Status", "Last Audit Date"},
                    {"Tantalum", "CID000211", "Global Advanced Metals Boyertown", "UNITED STATES", "Conformant", ""}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.createRow(r).getCell(c);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.getRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            var date = sheet.getRow(1).createCell(5);
            date.setCellValue(LocalDate.of(2022, 11, 3));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            date.setCellStyle(style);
            workbook.write(bytes);
        }
        ReferenceList list = importer.importXlsx(new ByteArrayInputStream(bytes.toByteArray()), "list.xlsx", AS_OF)
                .orElseThrow();
        ReferenceSmelter smelter = list.byId("CID000211").orElseThrow();
        assertThat(smelter.metal()).isEqualTo(Metal.TANTALUM);
        assertThat(smelter.lastAuditDate()).isEqualTo(LocalDate.of(2022, 11, 3));
    }

    @Test
    void bundledListHasTheReportsSmeltersWithStatusesAsOfAprilFirst2017() {
        ReferenceList list = new BundledReferenceList().load().orElseThrow();
        assertThat(list.size()).isEqualTo(311);
        assertThat(list.asOf()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(list.smelters()).extracting(s -> s.status().canonical()).containsOnly(
                CanonicalStatus.CONFORMANT, CanonicalStatus.ACTIVE, CanonicalStatus.NOT_ENROLLED);
        ReferenceSmelter atasay = list.byId("CID000103").orElseThrow();
        assertThat(atasay.status().publishedText()).isEqualTo("Not Enrolled");
    }
}
