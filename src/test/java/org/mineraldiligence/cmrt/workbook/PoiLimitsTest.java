package org.mineraldiligence.cmrt.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.check.CmrtChecker;

/**
 * POI's limits are JVM-wide: reading a CMRT must not change them for the report writers and importers that
 * run in the same JVM; they are set once, at start-up.
 */
class PoiLimitsTest {

    @Test
    void readingACmrtLeavesPoiLimitsAsTheyWere() throws IOException {
        long entry = ZipSecureFile.getMaxEntrySize();
        double ratio = ZipSecureFile.getMinInflateRatio();
        int bytes = IOUtils.getByteArrayMaxOverride();
        try {
            ZipSecureFile.setMaxEntrySize(123_456_789L);
            ZipSecureFile.setMinInflateRatio(0.005);
            IOUtils.setByteArrayMaxOverride(98_765_432);
            CmrtChecker checker = new CmrtChecker(new CheckPolicy("6.01", 2025, Clock.systemUTC()));
            try (InputStream template = getClass().getResourceAsStream("/cmrt/templates/RMI_CMRT_6.5.xlsx")) {
                assertThat(checker.check("cmrt.xlsx", template).templateVersion()).isEqualTo("6.5");
            }
            checker.check("notes.xls", new ByteArrayInputStream(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11}));

            assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(123_456_789L);
            assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.005);
            assertThat(IOUtils.getByteArrayMaxOverride()).isEqualTo(98_765_432);
        } finally {
            ZipSecureFile.setMaxEntrySize(entry);
            ZipSecureFile.setMinInflateRatio(ratio);
            IOUtils.setByteArrayMaxOverride(bytes);
        }
    }

    @Test
    void setOnceFromTheReadLimitsAndNotChangedAfterwards() {
        ReadLimits defaults = ReadLimits.defaults();
        PoiLimits.apply(defaults);
        PoiLimits.apply(ReadLimits.defaults());

        assertThat(PoiLimits.applied()).isEqualTo(defaults);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(defaults.maxEntryBytes());
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(defaults.minInflateRatio());
        assertThat(IOUtils.getByteArrayMaxOverride()).isEqualTo((int) defaults.maxEntryBytes());
        assertThatThrownBy(() -> PoiLimits.apply(new ReadLimits(1, 1, 0.5, 1, 1, 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(defaults.maxEntryBytes());
    }
}
