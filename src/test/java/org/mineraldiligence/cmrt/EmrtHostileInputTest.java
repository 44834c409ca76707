package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * An EMRT goes through the CMRT's one workbook entry point, so the same limits hold before anything says what
 * template the file is: zip bombs, damaged files, oversized lists and huge cells.
 */
class EmrtHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(60); // a hang guard, generous for a loaded CI machine
    private static final byte[] TEMPLATE = Templates.bytes(EmrtFixture.template("2.1"));

    @Test
    void zipBombInAnEmrtIsRefusedWithoutInflatingIt() {
        byte[] bomb = ZipSurgery.declarationBomb(TEMPLATE);

        assertUnreadable(check(bomb), "zip bomb");
    }

    @Test
    void truncatedEmrtIsUnreadableAsDamaged() {
        assertUnreadable(check(Arrays.copyOf(TEMPLATE, TEMPLATE.length * 3 / 5)), "damaged or incomplete");
    }

    @Test
    void hundredThousandRowMineListIsRefusedAsOverTheLimit() {
        String part = ZipSurgery.sheetPart(TEMPLATE, "Mine List");
        byte[] huge = ZipSurgery.replace(TEMPLATE, part, out -> {
            out.write("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
            for (int r = 5; r < 100_005; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>Cobalt</t></is></c><c r=\"C" + r
                        + "\" t=\"inlineStr\"><is><t>Mine " + r + "</t></is></c></row>").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });

        assertUnreadable(check(huge), "Mine List sheet has data beyond row 10004");
    }

    @Test
    void thirtyTwoKilobyteStringsInAnEmrtAreCutAndReported() {
        String huge = "A".repeat(32_000);
        CheckResult r = EmrtFixture.checkVariant("2.1", f -> f.decl("D8", huge).set("Mine List", "M5", huge));

        assertThat(r.verdict()).isEqualTo(Verdict.VALID_WITH_WARNINGS);
        assertThat(r.companyName()).hasSize(4096);
        assertThat(r.warnings()).extracting(Finding::ruleId).containsOnly("EMRT-WARN-TEXT-TRUNCATED");
        assertThat(r.warnings()).extracting(Finding::cell).containsExactlyInAnyOrder("Declaration!D8", "Mine List!M5");
    }

    private static CheckResult check(byte[] bytes) {
        return assertTimeoutPreemptively(BOUND, () -> EmrtFixture.checker().check("upload.xlsx", new ByteArrayInputStream(bytes)));
    }

    private static void assertUnreadable(CheckResult r, String reason) {
        assertThat(r.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CMRT-FILE-UNREADABLE");
            assertThat(f.message()).contains(reason);
        });
    }
}
