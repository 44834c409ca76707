package org.mineraldiligence.smelter.risk;

import java.util.Map;
import java.util.Objects;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.smelter.ReferenceSmelter;

/**
 * The inputs of {@code bpmn/smelter-risk.dmn} for one smelter. {@link #toVariables()} gives the variable map
 * for the decision service or the standalone DMN engine.
 */
public record SmelterRiskInput(CountryCategory countryCategory, CanonicalStatus status, boolean conflictEvidence,
                               boolean recycledOrScrap) {

    public SmelterRiskInput {
        Objects.requireNonNull(countryCategory, "countryCategory");
        Objects.requireNonNull(status, "status");
    }

    public Map<String, Object> toVariables() {
        return Map.of("countryCategory", countryCategory.name(), "status", status.name(),
                "conflictEvidence", conflictEvidence, "recycledOrScrap", recycledOrScrap);
    }

    public static Builder forSmelter(ReferenceSmelter smelter, CountryRiskTable countries) {
        return new Builder(smelter, countries);
    }

    /** Maps a reference smelter and the country data to the decision's inputs. */
    public static final class Builder {
        private final ReferenceSmelter smelter;
        private final CountryRiskTable countries;
        private boolean conflictEvidence;
        private boolean recycledOrScrap;

        private Builder(ReferenceSmelter smelter, CountryRiskTable countries) {
            this.smelter = Objects.requireNonNull(smelter, "smelter");
            this.countries = Objects.requireNonNull(countries, "countries");
        }

        /** A compliance officer flagged known or plausible evidence of unethical or conflict sourcing. */
        public Builder conflictEvidence(boolean evidence) {
            this.conflictEvidence = evidence;
            return this;
        }

        /** The supplier declared all the smelter's feedstock recycled or scrap (CMRT Smelter List). */
        public Builder recycledOrScrap(boolean recycled) {
            this.recycledOrScrap = recycled;
            return this;
        }

        /**
         * The category is the smelter's location category, raised to L3 when the reference list says the smelter
         * sources from the Covered Countries: proximity means where the ore comes from as much as where the
         * smelter stands.
         */
        public SmelterRiskInput build() {
            CountryCategory category = Boolean.TRUE.equals(smelter.sourcesFromCoveredCountries())
                    ? CountryCategory.L3 : countries.categoryOf(smelter.country());
            return new SmelterRiskInput(category, smelter.status().canonical(), conflictEvidence, recycledOrScrap);
        }
    }
}
