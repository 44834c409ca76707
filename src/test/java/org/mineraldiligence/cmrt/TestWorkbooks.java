package org.mineraldiligence.cmrt;

/**
 * Real RMI CMRT 6.5 workbooks for tests outside this package (process, portal and mail tests), filled by
 * {@link CmrtFixture} so that nothing about the layout is invented.
 */
public final class TestWorkbooks {

    private static final java.util.concurrent.atomic.AtomicLong SAVES = new java.util.concurrent.atomic.AtomicLong();

    /** A declared smelter row as a supplier would enter it: metal, name, country and smelter id. */
    public record Smelter(String metal, String name, String country, String smelterId) {
    }

    private TestWorkbooks() {
    }

    /** A valid CMRT with the given smelters on the Smelter List (one row each, from row 5). */
    public static byte[] valid(Smelter... smelters) {
        return validOn("6.5", smelters);
    }

    /** The same on another official revision, e.g. "6.22". */
    public static byte[] validOn(String revision, Smelter... smelters) {
        java.util.function.Consumer<CmrtFixture> rows = fixture -> {
            for (int i = 0; i < smelters.length; i++) {
                int row = 5 + i;
                Smelter smelter = smelters[i];
                fixture.clearSmelterRow(row);
                fixture.smelter(row, "A", smelter.smelterId());
                fixture.smelter(row, "B", smelter.metal());
                fixture.smelter(row, "C", smelter.smelterId() == null ? "Smelter not listed" : smelter.name());
                fixture.smelter(row, "D", smelter.name());
                fixture.smelter(row, "E", smelter.country());
                fixture.smelter(row, "F", smelter.smelterId());
                fixture.smelter(row, "P", "No");
            }
            for (int row = 5 + smelters.length; row < 9; row++) {
                fixture.clearSmelterRow(row);
            }
        };
        return savedByASupplier(smelters.length <= 4
                ? CmrtFixture.validVariant(revision, rows) : CmrtFixture.freshVariant(revision, rows));
    }

    /** Conformant smelters from the bundled reference list, one per metal: a declaration without risks. */
    public static byte[] validLowRisk() {
        return validLowRiskOn("6.5");
    }

    /** The low-risk declaration on another official revision. */
    public static byte[] validLowRiskOn(String revision) {
        return validOn(revision, new Smelter("Gold", "Advanced Chemical Company", "United States of America", "CID000015"),
                new Smelter("Tin", "Alpha", "United States of America", "CID000292"),
                new Smelter("Tantalum", "Changsha South Tantalum Niobium Co., Ltd.", "China", "CID000211"),
                new Smelter("Tungsten", "A.L.M.T. TUNGSTEN Corp.", "Japan", "CID000004"));
    }

    /** A valid CMRT whose only gold smelter is a name no reference list knows. */
    public static byte[] validWithUnknownSmelter() {
        return valid(new Smelter("Gold", "Totally Unknown Refinery of Nowhere", "Peru", null),
                new Smelter("Tin", "Alpha", "United States of America", "CID000292"),
                new Smelter("Tantalum", "Changsha South Tantalum Niobium Co., Ltd.", "China", "CID000211"),
                new Smelter("Tungsten", "A.L.M.T. TUNGSTEN Corp.", "Japan", "CID000004"));
    }

    /** A CMRT the RMI Checker refuses: the company name is missing. */
    public static byte[] invalidWithoutCompanyName() {
        return savedByASupplier(CmrtFixture.validVariant("6.5", fixture -> fixture.decl("D8", null)));
    }

    /** A valid CMRT whose program is weak: no corrective action management (question G = No). */
    public static byte[] validWeakProgram() {
        return savedByASupplier(CmrtFixture.validVariant("6.5", fixture -> fixture.decl("D87", "No")));
    }

    /**
     * Each call is a file a supplier saved anew (Excel stamps every save), so two calls never give the same
     * SHA-256, which the portal would take as the same file sent twice.
     */
    private static byte[] savedByASupplier(byte[] xlsx) {
        String core = ZipSurgery.part(xlsx, "docProps/core.xml");
        String stamped = core.replace("</cp:coreProperties>",
                "<dc:identifier>save-" + SAVES.incrementAndGet() + "</dc:identifier></cp:coreProperties>");
        if (stamped.equals(core) || !core.contains("xmlns:dc=")) {
            throw new IllegalStateException("unexpected docProps/core.xml: " + core);
        }
        return ZipSurgery.replace(xlsx, "docProps/core.xml",
                out -> out.write(stamped.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
