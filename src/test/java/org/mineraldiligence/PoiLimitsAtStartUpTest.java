package org.mineraldiligence;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.workbook.PoiLimits;
import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.mineraldiligence.support.H2ApplicationTest;

/** The web application sets POI's JVM-wide limits while it starts, before any reader, writer or importer runs. */
@H2ApplicationTest
class PoiLimitsAtStartUpTest {

    @Test
    void theApplicationStartsWithTheReadLimitsInPoi() {
        ReadLimits defaults = ReadLimits.defaults();
        assertThat(PoiLimits.applied()).isEqualTo(defaults);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(defaults.maxEntryBytes());
        assertThat(IOUtils.getByteArrayMaxOverride()).isEqualTo((int) defaults.maxEntryBytes());
    }
}
