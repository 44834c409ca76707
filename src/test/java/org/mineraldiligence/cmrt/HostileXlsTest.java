package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.BiffSurgery.Rec;

/**
 * Broken, lying and foreign .xls files through the entry the portal and {@code POST /api/cmrt/check} use
 * ({@code CmrtChecker.check(name, stream)}): each returns a verdict with a reason a supplier can act on and
 * no trace of our internals; a lie that does not touch the cells we read costs nothing of the report.
 * The time guard only catches a hang; how fast is the benchmark's business.
 */
class HostileXlsTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @Test
    void aTruncatedXlsIsUnreadableAsDamagedOrCutShort() {
        byte[] xls = HostileXls.filled65();

        assertUnreadable(check(Arrays.copyOf(xls, xls.length * 3 / 5)), "damaged or incomplete");
        assertUnreadable(check(Arrays.copyOf(xls, 4096)), "damaged or incomplete");
    }

    @Test
    void aWorkbookStreamCutAfterItsGlobalsIsUnreadableAsCutShort() {
        byte[] cut = BiffSurgery.rewrite(HostileXls.filled65(),
                records -> records.subList(BiffSurgery.sheetStart(records, "Declaration") + 20, records.size()).clear());

        assertUnreadable(check(cut), "cut short");
    }

    @Test
    void anOfficeFileWithoutAWorkbookStreamIsNotTakenForAWorkbook() {
        byte[] word = BiffSurgery.container("WordDocument", new byte[4096]);

        assertUnreadable(check(word), "This Office file is not an Excel 97-2003 or newer workbook");
    }

    @Test
    void aSharedStringTableClaimingTwoBillionStringsReadsAsWhatItHolds() {
        byte[] lying = BiffSurgery.rewrite(HostileXls.filled65(), records -> {
            Rec sst = records.get(BiffSurgery.first(records, 0, BiffSurgery.SST));
            sst.data = sst.data.clone();
            ByteBuffer.wrap(sst.data).order(ByteOrder.LITTLE_ENDIAN).putInt(0, Integer.MAX_VALUE).putInt(4, -1);
        });

        assertSameReportAsTheHonestFile(check(lying));
    }

    @Test
    void aCellPointingAtStringTwoBillionReadsAsBlankAndTheRestIsKept() {
        byte[] lying = BiffSurgery.rewrite(HostileXls.filled65(), records -> {
            Rec companyName = labelAt(records, "Declaration", 8, "D");
            ByteBuffer.wrap(companyName.data).order(ByteOrder.LITTLE_ENDIAN).putInt(6, 2_000_000_000);
        });

        CheckResult r = check(lying);

        assertThat(r.companyName()).isNullOrEmpty();
        assertThat(r.errors()).extracting(Finding::ruleId, Finding::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CMRT-REQ-COMPANY-NAME", "Declaration!D8"));
        assertThat(r.smelters()).hasSameSizeAs(honest().smelters());
    }

    @Test
    void aCellRecordLongerThanItsCellIsRefusedRatherThanSwallowingTheCellsAfterIt() {
        byte[] lying = BiffSurgery.rewrite(HostileXls.filled65(),
                records -> labelAt(records, "Declaration", 8, "D").claimedLength = 200);

        assertUnreadable(check(lying), "does not have the structure of an Excel 97-2003 workbook");
    }

    @Test
    void aRecordClaimingMoreThanExcelAllowsOrThanTheFileHoldsIsUnreadableAsDamaged() {
        byte[] overMaximum = BiffSurgery.rewrite(HostileXls.filled65(),
                records -> labelAt(records, "Declaration", 8, "D").claimedLength = 0xFFFF);
        byte[] pastTheEnd = BiffSurgery.rewrite(HostileXls.filled65(), records -> {
            int declaration = BiffSurgery.sheetStart(records, "Declaration");
            Rec last = records.get(BiffSurgery.first(records, declaration + 1, BiffSurgery.EOF));
            records.subList(records.indexOf(last) + 1, records.size()).clear();
            last.claimedLength = 8000; // the stream ends four bytes later
        });

        assertUnreadable(check(overMaximum), "damaged or incomplete");
        assertUnreadable(check(pastTheEnd), "cut short");
    }

    @Test
    void threeHundredThousandContinueRecordsAreWalkedOverAndCostNothingOfTheReport() {
        byte[] padded = BiffSurgery.rewrite(HostileXls.filled65(), records -> {
            int declaration = BiffSurgery.sheetStart(records, "Declaration");
            int afterStrings = BiffSurgery.first(records, BiffSurgery.first(records, 0, BiffSurgery.SST) + 1,
                    BiffSurgery.EXTSST); // which follows the table and its own CONTINUEs
            List<Rec> continues = new java.util.ArrayList<>();
            for (int i = 0; i < 150_000; i++) {
                continues.add(Rec.of(BiffSurgery.CONTINUE, new byte[] {0}));
            }
            records.addAll(declaration + 1, continues);
            records.addAll(afterStrings, continues);
        });

        assertSameReportAsTheHonestFile(check(padded));
    }

    @Test
    void anXlsProtectedWithAPasswordToOpenAsksToRemoveThePassword() {
        assertUnreadable(check(HostileXls.encrypted("secret")), "protected with a password to open");
    }

    @Test
    void anXlsEncryptedWithExcelsBuiltInDefaultPasswordIsReadAsIfPlain() {
        assertSameReportAsTheHonestFile(check(HostileXls.encrypted("VelvetSweatshop")));
    }

    @Test
    void anExcel95WorkbookIsUnreadableAndSaysSo() {
        assertUnreadable(check(HostileXls.excel95("Book")), "Excel 5.0/95 format");
        assertUnreadable(check(HostileXls.excel95("Workbook")), "saved in an older Excel format");
    }

    @Test
    void anEmrtOrCrtSavedAsXlsIsNamedForWhatItIs() {
        CheckResult emrt = check(HostileXls.otherTemplate("RMI_EMRT_2.1.xlsx"));
        CheckResult crt = check(HostileXls.otherTemplate("RMI_CRT_2.21.xlsx"));

        assertThat(emrt.verdict()).isEqualTo(Verdict.NOT_A_CMRT);
        assertThat(emrt.findings()).singleElement().extracting(Finding::message).asString()
                .startsWith("This is an EMRT 2.1, not a CMRT.");
        assertThat(crt.verdict()).isEqualTo(Verdict.NOT_A_CMRT);
        assertThat(crt.findings()).singleElement().extracting(Finding::message).asString()
                .startsWith("This is a CRT 2.2, not a CMRT.");
    }

    /** The LABELSST record of a cell, e.g. Declaration!D8 (row 8, column D). */
    private static Rec labelAt(List<Rec> records, String sheet, int row, String column) {
        int col = column.charAt(0) - 'A';
        for (int i = BiffSurgery.sheetStart(records, sheet) + 1; records.get(i).sid != BiffSurgery.EOF; i++) {
            Rec r = records.get(i);
            ByteBuffer b = ByteBuffer.wrap(r.data).order(ByteOrder.LITTLE_ENDIAN);
            if (r.sid == BiffSurgery.LABELSST && b.getShort(0) == row - 1 && b.getShort(2) == col) {
                return r;
            }
        }
        throw new IllegalArgumentException("no shared-string cell " + sheet + "!" + column + row);
    }

    private static CheckResult honest() {
        return check(HostileXls.filled65());
    }

    private static CheckResult check(byte[] xls) {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> Templates.checker().check("upload.xls", new ByteArrayInputStream(xls)));
    }

    private static void assertSameReportAsTheHonestFile(CheckResult r) {
        CheckResult honest = honest();
        assertThat(honest.verdict()).isEqualTo(Verdict.VALID);
        assertThat(honest.smelters()).hasSize(4);
        assertThat(CmrtJson.toJson(r)).isEqualTo(CmrtJson.toJson(honest));
    }

    private static void assertUnreadable(CheckResult r, String reason) {
        assertThat(r.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CMRT-FILE-UNREADABLE");
            assertThat(f.message()).contains(reason);
            assertThat(f.message()).as("a reason, not our internals")
                    .doesNotContain("Exception", "java.", "org.apache", "\tat ");
        });
        assertThat(r.smelters()).isEmpty();
    }
}
