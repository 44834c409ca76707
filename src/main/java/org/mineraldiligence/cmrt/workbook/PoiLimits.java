package org.mineraldiligence.cmrt.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI keeps its safety limits in static fields, so they hold for every POI user in the JVM: the CMRT reader,
 * the report writers, the smelter-list and supplier importers. They are therefore set once, at start-up, by
 * the entry points (the command line in {@code MineralDiligence.main}, the web application before any bean
 * is made), not as a side effect of constructing a reader. The inflate ratio catches zip bombs, the entry
 * size bounds one part, and the byte-array cap stops a forged record length in an .xls from allocating
 * gigabytes. A real CMRT, and every file we write, needs none of them near their values.
 */
public final class PoiLimits {

    private static ReadLimits applied;

    private PoiLimits() {
    }

    /** Sets POI's limits from {@code limits}; again with the same limits does nothing, with others is refused. */
    public static synchronized void apply(ReadLimits limits) {
        if (applied != null) {
            if (!applied.equals(limits)) {
                throw new IllegalStateException("POI's limits are JVM-wide and already set to " + applied);
            }
            return;
        }
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, limits.maxEntryBytes()));
        applied = limits;
    }

    /** The limits set at start-up; null before. */
    public static synchronized ReadLimits applied() {
        return applied;
    }
}
