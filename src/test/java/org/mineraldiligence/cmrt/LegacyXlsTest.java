package org.mineraldiligence.cmrt;

import org.mineraldiligence.cmrt.check.CmrtChecker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/**
 * The .xls generations. No 3.x template is available, so this fixture is built with HSSF from the
 * documented 3.x cell map (spec §8/§9) - the one fixture not derived from a real workbook.
 */
class LegacyXlsTest {

    /** A cycle that still accepts the 3.x generation, so that reading alone is tested. */
    private static final CheckPolicy ACCEPTS_3X = new CheckPolicy("3.0", 2025, Templates.POLICY.clock());

    @Test
    void cmrt301XlsIsReadByItsCellMapAndMappedToThe6xMeaning() throws IOException {
        CheckResult r = new CmrtChecker(ACCEPTS_3X).check("legacy.xls",
                new ByteArrayInputStream(legacy("Revision 3.01\nMarch 2014", true)));

        assertThat(r.templateVersion()).isEqualTo("3.01");
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Finding::ruleId).containsExactly("CMRT-WARN-OLD-VERSION");
        assertThat(r.companyName()).isEqualTo("Old Supplier Inc");
        assertThat(r.declarationScope()).isEqualTo("A");
        assertThat(r.effectiveDate()).isEqualTo(java.time.LocalDate.of(2025, 1, 31));
        assertThat(r.metals().get(Metal.TIN).answers())
                .as("3.x Q4 recycled is 6.x Q5, Q5 'Yes, 100%' is Q6 100%; 6.x Q4 was not asked")
                .containsEntry("Q3", "Unknown").containsEntry("Q5", "No").containsEntry("Q6", "100%")
                .containsEntry("Q7", "Yes").containsEntry("Q8", "Yes").doesNotContainKey("Q4");
        assertThat(r.companyQuestions()).as("3.x D (audited smelters) is 6.x C; 3.x C and G were dropped")
                .containsEntry("C", "Yes").containsEntry("H", "No").hasSize(8);
        assertThat(r.smelters()).singleElement().satisfies(s -> {
            assertThat(s.metal()).isEqualTo("Tin");
            assertThat(s.name()).isEqualTo("Example Tin Smelter");
            assertThat(s.smelterId()).isEqualTo("CID001234");
            assertThat(s.row()).isEqualTo(5);
        });
    }

    @Test
    void cmrt301AgainstAMinimumOf631IsInvalidWithThePolicyAsItsFirstFinding() throws IOException {
        CheckPolicy minimum631 = new CheckPolicy("6.31", 2025, Templates.POLICY.clock());
        CheckResult r = new CmrtChecker(minimum631).check("legacy.xls",
                new ByteArrayInputStream(legacy("Revision 3.01\nMarch 2014", true)));

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.findings()).first().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CMRT-POLICY-OLD-REVISION");
            assertThat(f.message()).startsWith("This is CMRT 3.01; we accept 6.31 or newer. Download the current template");
            assertThat(f.cell()).isEqualTo("Declaration!J3");
        });
        assertThat(r.errors()).as("the RMI Checker itself passes the file").hasSize(1);
        assertThat(r.has("CMRT-WARN-OLD-VERSION")).as("said once, as the error").isFalse();
    }

    @Test
    void missingAuthorizerPhoneFails301AsItsCheckerDid() throws IOException {
        CheckResult r = new CmrtChecker(ACCEPTS_3X).check("legacy.xls", new ByteArrayInputStream(legacy("Revision 3.01", false)));

        assertThat(r.errors()).extracting(Finding::ruleId, Finding::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CMRT-REQ-AUTHORIZER-PHONE", "Declaration!D21"));
    }

    @Test
    void cmrt2xIsRecognisedAndReportedUnsupportedNotMisread() throws IOException {
        CheckResult r = check(legacy("Revision 2.03a", true));

        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.templateVersion()).isEqualTo("2.03a");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CMRT-FILE-VERSION-UNSUPPORTED");
            assertThat(f.message()).contains("CMRT 2.03a").contains("not read");
        });
        assertThat(r.smelters()).isEmpty();
    }

    private static CheckResult check(byte[] xls) {
        return Templates.checker().check("legacy.xls", new ByteArrayInputStream(xls));
    }

    static byte[] legacy(String revision, boolean authorizerPhone) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Instructions");
            Sheet decl = wb.createSheet("Declaration");
            Sheet smelters = wb.createSheet("Smelter List");
            wb.createSheet("Standard Smelter Names");
            put(decl, "D2", "Conflict Minerals Reporting Template");
            put(decl, "J3", revision);
            put(decl, "D8", "Old Supplier Inc");
            put(decl, "D9", "A. Company");
            put(decl, "D15", "Ann Contact");
            put(decl, "D16", "ann@old.example");
            put(decl, "D17", "+44 20 0000");
            put(decl, "D18", "Bob Boss");
            put(decl, "D20", "bob@old.example");
            if (authorizerPhone) {
                put(decl, "D21", "+44 20 0001");
            }
            put(decl, "D22", 45688.0);
            String[] answers = {"Yes", "Yes", "Unknown", "No", "Yes, 100%", "Yes", "Yes"};
            for (int q = 0; q < 7; q++) {
                put(decl, "D" + (26 + 6 * q + 1), answers[q]); // tin only
            }
            for (int m : new int[] {0, 2, 3}) {
                put(decl, "D" + (26 + m), "No");
            }
            String[] company = {"Yes", "Yes", "No", "Yes", "Yes", "Yes", "No", "Yes", "Yes", "No"};
            for (int i = 0; i < company.length; i++) {
                put(decl, "D" + (69 + 2 * i), company[i]);
            }
            put(decl, "G71", "http://old.example/policy");
            put(smelters, "B5", "Tin");
            put(smelters, "C5", "Smelter not listed");
            put(smelters, "D5", "Example Tin Smelter");
            put(smelters, "E5", "BOLIVIA");
            put(smelters, "F5", "CID001234");
            put(smelters, "P5", "No");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void put(Sheet sheet, String address, Object value) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        if (value instanceof Double d) {
            row.createCell(ref.getCol()).setCellValue(d);
        } else {
            row.createCell(ref.getCol()).setCellValue((String) value);
        }
    }
}
