package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and malicious uploads: each gets a verdict and a clear reason, quickly, and nothing throws. */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(60); // a hang guard, generous for a loaded CI machine
    private static final byte[] TEMPLATE = Templates.bytes(Templates.cmrt("6.5"));

    @Test
    void emptyFileIsUnreadableBecauseEmpty(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));

        assertUnreadable(Templates.checker().check(empty), "empty");
        assertUnreadable(check(new byte[0]), "empty");
    }

    @Test
    void pdfRenamedXlsxIsUnreadableAndSaysPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

        assertUnreadable(check(pdf), "PDF");
    }

    @Test
    void arbitraryBytesAreNotAWorkbook() {
        assertUnreadable(check("name;country\nfoo;bar\n".getBytes(StandardCharsets.UTF_8)), "not an Excel workbook");
    }

    @Test
    void truncatedWorkbookIsUnreadableAsDamaged() {
        assertUnreadable(check(Arrays.copyOf(TEMPLATE, TEMPLATE.length * 3 / 5)), "damaged or incomplete");
    }

    @Test
    void passwordEncryptedWorkbookIsUnreadableAndAsksToRemoveThePassword() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(TEMPLATE);
            }
            fs.writeFilesystem(bytes);
        }

        assertUnreadable(check(bytes.toByteArray()), "password");
    }

    @Test
    void zipBombIsRefusedWithoutInflatingIt() {
        byte[] bomb = ZipSurgery.declarationBomb(TEMPLATE);

        assertUnreadable(check(bomb), "zip bomb");
    }

    @Test
    void xmlExternalEntityIsRefusedAndNeverResolved() {
        String part = ZipSurgery.sheetPart(TEMPLATE, "Declaration");
        byte[] xxe = ZipSurgery.replace(TEMPLATE, part, out -> out.write(("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet><sheetData><row r=\"8\"><c r=\"D8\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));

        CheckResult r = check(xxe);

        assertUnreadable(r, "refused for safety");
        assertThat(CmrtJson.toJson(r)).doesNotContain("root:");
    }

    @Test
    void hundredThousandRowSmelterListIsRefusedQuicklyAsOverTheLimit() {
        String part = ZipSurgery.sheetPart(TEMPLATE, "Smelter List");
        byte[] huge = ZipSurgery.replace(TEMPLATE, part, out -> {
            out.write("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
            for (int r = 5; r < 100_005; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"B" + r + "\" t=\"inlineStr\"><is><t>Gold</t></is></c><c r=\"C" + r
                        + "\" t=\"inlineStr\"><is><t>Smelter not listed</t></is></c><c r=\"D" + r
                        + "\" t=\"inlineStr\"><is><t>Refinery " + r + "</t></is></c></row>").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });

        assertUnreadable(check(huge), "Smelter List sheet has data beyond row 10004");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'P';
            }
        };

        CheckResult r = assertTimeoutPreemptively(BOUND, () -> Templates.checker().check("big.xlsx", endless));

        assertUnreadable(r, "larger than 20 MB");
    }

    @Test
    void thirtyTwoKilobyteStringsAreCutAndReportedNotFatal() {
        String huge = "A".repeat(32_000);
        byte[] file = CmrtFixture.validVariant("6.5",
                f -> f.decl("D8", huge).smelter(5, "Q", huge).decl("G77", "https://acme.example/" + huge));

        CheckResult r = check(file);

        assertThat(r.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(r.companyName()).hasSize(4096);
        assertThat(r.warnings()).extracting(Finding::ruleId).containsOnly("CMRT-WARN-TEXT-TRUNCATED");
        assertThat(r.warnings()).extracting(Finding::cell)
                .containsExactlyInAnyOrder("Declaration!D8", "Declaration!G77", "Smelter List!Q5");
    }

    @Test
    void sharedStringIndexOfAlmostOneBillionReadsAsBlankWithoutReservingMemory() {
        byte[] file = CmrtFixture.validVariant("6.5", f -> f.decl("D8", "Acme Hostile Co"));
        String part = ZipSurgery.sheetPart(file, "Declaration");
        String xml = ZipSurgery.part(file, part);
        String lying = xml.replaceFirst("(<c r=\"D8\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$1999999999$2");
        assertThat(lying).as("D8 is a shared string in the fixture").isNotEqualTo(xml);
        byte[] hostile = ZipSurgery.replace(file, part, out -> out.write(lying.getBytes(StandardCharsets.UTF_8)));
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        CheckResult r = Templates.checker().check("upload.xlsx", new ByteArrayInputStream(hostile));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(r.companyName()).isNullOrEmpty();
        assertThat(r.findings()).extracting(Finding::cell).contains("Declaration!D8");
        assertThat(allocated).as("bytes allocated by one check (an index of 10^9 would reserve 125 MB)")
                .isLessThan(64L << 20);
    }

    private static CheckResult check(byte[] bytes) {
        return assertTimeoutPreemptively(BOUND, () -> Templates.checker().check("upload.xlsx", new ByteArrayInputStream(bytes)));
    }

    private static void assertUnreadable(CheckResult r, String reason) {
        assertThat(r.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CMRT-FILE-UNREADABLE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains(reason);
        });
        assertThat(r.smelters()).isEmpty();
    }
}
