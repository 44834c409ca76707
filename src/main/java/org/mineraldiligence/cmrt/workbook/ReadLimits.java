package org.mineraldiligence.cmrt.workbook;

/**
 * Bounds applied to every file before and while it is read, so that a hostile or broken upload costs
 * bounded time and memory. A real CMRT is about 1.5 MB with a 5 MB Smelter List sheet inside.
 *
 * @param maxFileBytes     the file itself (checked before anything is parsed)
 * @param maxEntryBytes    one uncompressed part inside the .xlsx zip
 * @param minInflateRatio  compressed/uncompressed below this is treated as a zip bomb
 * @param maxSmelterRows   Smelter List data rows read (the template offers 2,500)
 * @param maxProductRows   Product List data rows read (the template offers 2,000)
 * @param maxCellChars     characters kept per cell; longer text is cut and reported
 */
public record ReadLimits(long maxFileBytes, long maxEntryBytes, double minInflateRatio, int maxSmelterRows,
                         int maxProductRows, int maxCellChars) {

    public static ReadLimits defaults() {
        return new ReadLimits(20L << 20, 64L << 20, 0.01, 10_000, 10_000, 4_096);
    }
}
