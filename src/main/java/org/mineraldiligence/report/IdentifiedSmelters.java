package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;

/**
 * The distinct known smelters declared in a cycle, as the reference list describes them on its date: the
 * rows of Appendix A and the numbers of the per-metal summary. Ids no longer on the list are counted apart,
 * as the seed's Appendix A leaves out names the list does not know.
 */
public record IdentifiedSmelters(ReferenceList list, List<ReferenceSmelter> smelters, int notOnList) {

    public static IdentifiedSmelters of(ReferenceList list, Collection<String> smelterIds) {
        List<ReferenceSmelter> known = new ArrayList<>();
        int missing = 0;
        for (String id : smelterIds.stream().distinct().toList()) {
            Optional<ReferenceSmelter> smelter = list.byId(id);
            if (smelter.isPresent() && !known.contains(smelter.get())) {
                known.add(smelter.get());
            } else if (smelter.isEmpty()) {
                missing++;
            }
        }
        known.sort(Comparator.comparing((ReferenceSmelter s) -> s.metal().label())
                .thenComparing(s -> s.standardName().toLowerCase(Locale.ROOT)).thenComparing(ReferenceSmelter::smelterId));
        return new IdentifiedSmelters(list, List.copyOf(known), missing);
    }

    public int count() {
        return smelters.size();
    }

    public List<MetalSummary> perMetal() {
        String word = conformantWord();
        List<MetalSummary> summaries = new ArrayList<>();
        for (Metal metal : Metal.values()) {
            List<ReferenceSmelter> ofMetal = smelters.stream().filter(s -> s.metal() == metal).toList();
            int conformant = (int) ofMetal.stream().filter(s -> s.status().canonical().isConformant()).count();
            int active = (int) ofMetal.stream().filter(s -> s.status().canonical() == CanonicalStatus.ACTIVE).count();
            summaries.add(new MetalSummary(metal, ofMetal.size(), conformant, active, word));
        }
        return summaries;
    }

    /** Smelters per metal and canonical status, for the dashboard's chart. */
    public Map<Metal, Map<CanonicalStatus, Long>> byMetalAndStatus() {
        Map<Metal, Map<CanonicalStatus, Long>> counts = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            counts.put(metal, new EnumMap<>(CanonicalStatus.class));
        }
        smelters.forEach(s -> counts.get(s.metal()).merge(s.status().canonical(), 1L, Long::sum));
        return counts;
    }

    public int conformant() {
        return (int) smelters.stream().filter(s -> s.status().canonical().isConformant()).count();
    }

    public int conformantOrActive() {
        return (int) smelters.stream().filter(s -> s.status().canonical().isInAuditProgram()).count();
    }

    public int conformantPercent() {
        return SurveyFigures.percent(conformant(), count());
    }

    public int conformantOrActivePercent() {
        return SurveyFigures.percent(conformantOrActive(), count());
    }

    /** Smelters the list says source from the Covered Countries (RMI shares this with members only). */
    public int sourcingFromCoveredCountries() {
        return (int) smelters.stream().filter(s -> Boolean.TRUE.equals(s.sourcesFromCoveredCountries())).count();
    }

    public int notFromCoveredCountries() {
        return (int) smelters.stream().filter(s -> Boolean.FALSE.equals(s.sourcesFromCoveredCountries())).count();
    }

    public int coveredCountriesUnknown() {
        return count() - sourcingFromCoveredCountries() - notFromCoveredCountries();
    }

    /** Of those sourcing from the Covered Countries, how many are conformant. */
    public int coveredCountrySourcingConformant() {
        return (int) smelters.stream().filter(s -> Boolean.TRUE.equals(s.sourcesFromCoveredCountries()))
                .filter(s -> s.status().canonical().isConformant()).count();
    }

    /** The CFSI called its passed smelters "compliant", the RMAP calls them "conformant"; say what the list says. */
    private String conformantWord() {
        return list.smelters().stream().filter(s -> s.status().canonical() == CanonicalStatus.CONFORMANT)
                .map(s -> s.status().publishedText().toLowerCase(Locale.ROOT)).findFirst()
                .filter(text -> text.equals("compliant")).orElse("conformant");
    }
}
