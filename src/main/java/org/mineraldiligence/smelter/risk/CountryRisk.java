package org.mineraldiligence.smelter.risk;

import java.util.List;
import java.util.Objects;

/** One line of the country risk reference data. */
public record CountryRisk(String country, List<String> aliases, CountryCategory category, boolean covered,
                          boolean cahra) {

    public CountryRisk {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(category, "category");
        aliases = List.copyOf(aliases);
    }

    /**
     * The category used for proximity: a conflict-affected or high-risk area is at least a plausible transit
     * country (L2) even when the report's lists put it in L1 or leave it out.
     */
    public CountryCategory effectiveCategory() {
        return cahra && (category == CountryCategory.L1 || category == CountryCategory.UNLISTED)
                ? CountryCategory.L2 : category;
    }
}
