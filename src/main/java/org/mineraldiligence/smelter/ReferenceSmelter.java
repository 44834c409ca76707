package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Mineral;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A smelter or refiner as an industry reference list knows it: a 3TG smelter ({@code metal}) or an EMRT refiner
 * or processor ({@code extendedMineral}), never both, so that code written for the 3TG never meets a cobalt
 * refiner with a metal it could mistake for one.
 *
 * @param metal                       null for an EMRT refiner
 * @param extendedMineral             null for a 3TG smelter
 * @param lastAuditDate               null when the source does not say
 * @param auditCycle                  e.g. "Annual", "Biennial", "Triennial"; null when the source does not say
 * @param sourcesFromCoveredCountries null when unknown; RMI shares it with members only
 */
public record ReferenceSmelter(
        String smelterId,
        Metal metal,
        String standardName,
        String country,
        List<String> aliases,
        SmelterStatus status,
        LocalDate lastAuditDate,
        String auditCycle,
        Boolean sourcesFromCoveredCountries,
        ExtendedMineral extendedMineral) {

    public ReferenceSmelter {
        if (!SmelterIds.isCanonical(smelterId)) {
            throw new IllegalArgumentException("not a canonical smelter id: " + smelterId);
        }
        if ((metal == null) == (extendedMineral == null)) {
            throw new IllegalArgumentException(smelterId + " needs either a 3TG metal or an extended mineral");
        }
        Objects.requireNonNull(status, "status");
        if (standardName == null || standardName.isBlank()) {
            throw new IllegalArgumentException("standard name missing for " + smelterId);
        }
        standardName = standardName.strip();
        country = country == null ? "" : country.strip();
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    /** A 3TG smelter. */
    public ReferenceSmelter(String smelterId, Metal metal, String standardName, String country, List<String> aliases,
                            SmelterStatus status, LocalDate lastAuditDate, String auditCycle,
                            Boolean sourcesFromCoveredCountries) {
        this(smelterId, metal, standardName, country, aliases, status, lastAuditDate, auditCycle,
                sourcesFromCoveredCountries, null);
    }

    /** An EMRT refiner or processor as an EMRT Smelter Look-up lists it: no audit facts. */
    public static ReferenceSmelter ofExtended(String smelterId, ExtendedMineral mineral, String standardName,
                                              String country, List<String> aliases, SmelterStatus status) {
        return new ReferenceSmelter(smelterId, null, standardName, country, aliases, status, null, null, null,
                Objects.requireNonNull(mineral, "mineral"));
    }

    /** The metal or the extended mineral, whichever it is. */
    public Mineral mineral() {
        return metal != null ? metal : extendedMineral;
    }

    /** A smelter with only the facts every source has: id, metal, name, country. */
    public static ReferenceSmelter of(String smelterId, Metal metal, String standardName, String country,
                                      SmelterStatus status) {
        return new ReferenceSmelter(smelterId, metal, standardName, country, List.of(), status, null, null, null);
    }

    /** The standard name followed by the aliases: every spelling a declaration may use. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(standardName);
        names.addAll(aliases);
        return names;
    }

    /** A copy with one more alias, e.g. after a compliance officer confirmed a match in review. */
    public ReferenceSmelter withAlias(String alias) {
        if (alias == null || alias.isBlank() || names().stream().anyMatch(n -> n.equalsIgnoreCase(alias.strip()))) {
            return this;
        }
        List<String> more = new ArrayList<>(aliases);
        more.add(alias.strip());
        return new ReferenceSmelter(smelterId, metal, standardName, country, more, status, lastAuditDate,
                auditCycle, sourcesFromCoveredCountries, extendedMineral);
    }
}
