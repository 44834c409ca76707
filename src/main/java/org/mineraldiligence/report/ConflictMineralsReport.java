package org.mineraldiligence.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.WordUtils;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.smelter.ReferenceListAge;
import org.mineraldiligence.smelter.risk.CountryCategory;
import org.mineraldiligence.smelter.risk.CountryRisk;
import org.mineraldiligence.smelter.risk.CountryRiskTable;

/**
 * The figures and sentences of a Conflict Minerals Report draft, in the structure of the seed report. The HTML page
 * and the Word export both read their text from here, so they say the same.
 *
 * @param yearOverYear the previous reporting year's figures beside these, or null when there was no such cycle
 * @param listAge      whether the reference list is older than the report needs
 * @param extended     the EMRT's figures per mineral, or null when the cycle collected no EMRT
 */
public record ConflictMineralsReport(ReportingCycle cycle, String companyName, SurveyFigures survey,
                                     IdentifiedSmelters smelters, Map<CountryCategory, List<String>> countries,
                                     YearOverYear yearOverYear, ResponseRisk risk, ReferenceListAge listAge,
                                     ExtendedMineralFigures extended) {

    static ConflictMineralsReport of(ReportingCycle cycle, String companyName, SurveyFigures survey,
                                     IdentifiedSmelters smelters, CountryRiskTable table, YearOverYear yearOverYear,
                                     List<SupplierDeclaration> declarations, ReferenceListAge listAge,
                                     ExtendedMineralFigures extended) {
        Map<CountryCategory, List<String>> countries = new EnumMap<>(CountryCategory.class);
        for (CountryCategory category : List.of(CountryCategory.L1, CountryCategory.L2, CountryCategory.L3)) {
            countries.put(category, table.countries().stream().filter(c -> c.category() == category)
                    .map(CountryRisk::country).map(name -> WordUtils.capitalizeFully(name, ' ', '-', '(')).sorted().toList());
        }
        return new ConflictMineralsReport(cycle, companyName, survey, smelters, countries, yearOverYear,
                new ResponseRisk(companyName, declarations), listAge, extended);
    }

    /** A paragraph and what it counts (shown on hover in the page), or null basis. */
    public record Paragraph(String text, String basis) {
    }

    public String title() {
        return companyName + " — Conflict Minerals Report for the " + year() + " reporting year (draft)";
    }

    private int year() {
        return cycle.getReportingYear();
    }

    public List<Paragraph> rcoiResults() {
        IdentifiedSmelters s = smelters;
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph("Our RCOI identified " + s.count() + " known smelters and refiners that may have been in our "
                + year() + " supply chain.", "the smelters of Appendix A"));
        if (s.sourcingFromCoveredCountries() + s.notFromCoveredCountries() > 0) {
            paragraphs.add(new Paragraph("Based on our RCOI, we concluded that " + s.notFromCoveredCountries() + " of these smelters"
                    + " and refiners sourced 3TG entirely from outside of the Covered Countries, including from recycled or scrap"
                    + " sources. We determined that " + s.sourcingFromCoveredCountries() + " of the identified smelters and refiners"
                    + " sourced 3TG in whole or in part from within the Covered Countries, and " + s.coveredCountrySourcingConformant()
                    + " of these are listed as conformant.", "as the reference list " + s.list().source() + " says"));
        }
        if (s.coveredCountriesUnknown() > 0) {
            paragraphs.add(new Paragraph("The reference list (" + s.list().source() + ") does not say whether "
                    + s.coveredCountriesUnknown() + " of the identified smelters and refiners source from the Covered Countries;"
                    + " that information is shared by the RMI with its members.", null));
        }
        return paragraphs;
    }

    public List<Paragraph> surveyResults() {
        SurveyFigures f = survey;
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph("For the " + year() + " reporting year, " + companyName + " received CMRTs from "
                + cmrtResponse(f) + "."
                + (yearOverYear == null ? "" : " " + yearOverYear.surveyedSentence())
                + " " + f.invalidPercent() + "% of those suppliers who submitted a CMRT were unable to correct the inaccuracies or"
                + " gaps in the data and as such are still listed as invalid submissions.",
                f.responded() + " of " + cmrtAsked(f) + " in-scope suppliers asked for a CMRT sent one; " + f.invalid() + " of "
                        + (f.valid() + f.invalid()) + " have an invalid latest CMRT"));
        paragraphs.add(new Paragraph("The primary risk we identified with respect to the reporting period related to the nature"
                + " of the responses received. " + risk.companyLevelSentence(), risk.companyLevelBasis()));
        paragraphs.add(new Paragraph(risk.coverageSentence(), risk.coverageBasis()));
        paragraphs.add(new Paragraph("Currently, " + f.weakPercent() + "% of the Surveyed Suppliers that responded to our survey"
                + " have been identified as having a “weak” program.", f.weak() + " weak, " + f.strong() + " strong"));
        return paragraphs;
    }

    /**
     * In a cycle that also collects the EMRT, some suppliers are asked for the EMRT alone: the CMRT's share is of
     * those asked for one, and the spend share (of every in-scope supplier's spend) is left out rather than understated.
     */
    private String cmrtResponse(SurveyFigures f) {
        if (extended == null) {
            return f.responsePercent() + "% of the Surveyed Suppliers (" + f.responded() + " of " + f.inScope() + ", "
                    + f.responseBySpendPercent() + "% of their spend)";
        }
        return SurveyFigures.percent(f.responded(), cmrtAsked(f)) + "% of the Surveyed Suppliers asked for one ("
                + f.responded() + " of " + cmrtAsked(f) + ")";
    }

    private long cmrtAsked(SurveyFigures f) {
        if (extended == null) {
            return f.inScope();
        }
        return extended.cmrt() == null ? 0 : extended.cmrt().asked();
    }

    public List<Paragraph> smelterParagraphs() {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph("Based on our RCOI and due diligence, we identified " + smelters.count() + " known smelters"
                + " and refiners of 3TG that may be in our supply chain. See Appendix A below for a list of these smelters and"
                + " refiners, along with their status. Appendix A does not include the names of entities received through our"
                + " due diligence process that, as of " + asOf() + ", were not listed on the reference list of known smelters"
                + " and refiners.", smelters.notOnList() + " declared smelter ids are not on the reference list"));
        paragraphs.add(new Paragraph("A summary of the known smelters and refiners for each 3TG that may be in our supply chain"
                + " and their status is provided below:", null));
        return paragraphs;
    }

    /** The per-metal bullets, each with the smelter ids it counts. */
    public List<Paragraph> metalSummary() {
        return smelters.perMetal().stream().map(m -> new Paragraph(m.sentence(), smelters.smelters().stream()
                .filter(s -> s.metal() == m.metal()).map(s -> s.smelterId() + " " + s.status().publishedText())
                .collect(java.util.stream.Collectors.joining(", ")))).toList();
    }

    /** The section on the extended minerals: what was asked and what the EMRTs say, apart from the 3TG figures. */
    public String extendedMineralsIntro() {
        String minerals = listed(cycle.collects().emrtMineralsInOrder().stream()
                .map(m -> m.label().toLowerCase(Locale.ROOT)).toList());
        return "For the " + year() + " reporting year, we also asked suppliers for the RMI Extended Minerals Reporting"
                + " Template (EMRT) covering " + minerals + ". The figures below come from the EMRTs received and are not"
                + " part of the 3TG figures above. See Appendix B below for the smelters and refiners declared, along with"
                + " the status recorded when each EMRT was assessed.";
    }

    /** Per mineral: who was asked and answered, the refiners identified and their status, what is still open. */
    public List<Paragraph> mineralSummary(MineralRefiners mineral) {
        List<Paragraph> paragraphs = new ArrayList<>();
        TemplateResponses s = mineral.suppliers();
        paragraphs.add(new Paragraph(mineral.suppliersSentence(), s.asked() + " asked, " + s.valid() + " valid, "
                + s.accepted() + " accepted with exceptions, " + s.invalid() + " invalid, " + s.awaiting() + " awaiting"));
        paragraphs.add(new Paragraph(mineral.refinersSentence(), mineral.refiners().stream()
                .map(r -> r.smelterId() + " " + r.statusText()).collect(java.util.stream.Collectors.joining(", "))));
        if (mineral.openRowsSentence() != null) {
            paragraphs.add(new Paragraph(mineral.openRowsSentence(), null));
        }
        return paragraphs;
    }

    public String appendixBIntro() {
        return "The below table lists all known smelters and refiners of the extended minerals that have been declared by"
                + " our suppliers through their EMRT. The status is the one recorded when the EMRT was assessed; “not"
                + " stated” means the reference data gave none.";
    }

    public List<String> countryParagraphs() {
        return List.of(
                "The identified countries of origin of the 3TG processed by the conformant smelters and refiners listed in"
                        + " Appendix A may have included the countries in the categories listed below. The categories are based on"
                        + " sourcing risk.",
                "L1 – Countries that are not identified as conflict regions or plausible areas of smuggling or export of 3TG"
                        + " from the Covered Countries: " + listed(countries.get(CountryCategory.L1)) + ".",
                "L2 – Countries that are known or plausible countries for smuggling, export out of region or transit of"
                        + " materials containing 3TG: " + listed(countries.get(CountryCategory.L2)) + ".",
                "L3 – The DRC and its nine adjoining countries: " + listed(countries.get(CountryCategory.L3)) + ".");
    }

    public String appendixIntro() {
        return "The below table lists all known smelters or refiners that have been declared by our suppliers through their CMRT.";
    }

    public String statusHeader() {
        return "Status as of " + smelters.list().asOf();
    }

    public String asOf() {
        return smelters.list().asOf().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    /** "Australia, Austria and Zimbabwe". */
    public static String listed(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
