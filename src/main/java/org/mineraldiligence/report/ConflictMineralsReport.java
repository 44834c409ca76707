package org.mineraldiligence.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.WordUtils;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.smelter.risk.CountryCategory;
import org.mineraldiligence.smelter.risk.CountryRisk;
import org.mineraldiligence.smelter.risk.CountryRiskTable;

/** The figures of a Conflict Minerals Report draft, in the structure of the seed report. */
public record ConflictMineralsReport(ReportingCycle cycle, String companyName, SurveyFigures survey,
                                     IdentifiedSmelters smelters, Map<CountryCategory, List<String>> countries) {

    static ConflictMineralsReport of(ReportingCycle cycle, String companyName, SurveyFigures survey,
                                     IdentifiedSmelters smelters, CountryRiskTable table) {
        Map<CountryCategory, List<String>> countries = new EnumMap<>(CountryCategory.class);
        for (CountryCategory category : List.of(CountryCategory.L1, CountryCategory.L2, CountryCategory.L3)) {
            countries.put(category, table.countries().stream().filter(c -> c.category() == category)
                    .map(CountryRisk::country).map(name -> WordUtils.capitalizeFully(name, ' ', '-', '(')).sorted().toList());
        }
        return new ConflictMineralsReport(cycle, companyName, survey, smelters, countries);
    }

    /** "Australia, Austria and Zimbabwe". */
    public static String listed(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
