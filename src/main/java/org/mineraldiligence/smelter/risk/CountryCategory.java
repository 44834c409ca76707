package org.mineraldiligence.smelter.risk;

/**
 * Sourcing-risk categories of countries as the conflict minerals report uses them (CFSI country-of-origin
 * categories), plus {@code UNLISTED} for countries the reference data does not name.
 */
public enum CountryCategory {
    /** Not identified as a conflict region or plausible area of smuggling or export from the Covered Countries. */
    L1,
    /** Known or plausible country for smuggling, export out of region or transit of 3TG. */
    L2,
    /** The DRC and its nine adjoining countries. */
    L3,
    /** Not in the reference data; the risk decision treats it like L1 and says so. */
    UNLISTED
}
