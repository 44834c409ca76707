package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cycle.RequestedTemplates;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.smelter.MatchDecision;
import org.mineraldiligence.survey.SurveyTemplate;

/**
 * What a cycle that collects the EMRT shows besides the 3TG figures: how suppliers answered each template, and the
 * smelters and refiners of each extended mineral with their status.
 *
 * @param templates the CMRT (when the cycle collects it) and the EMRT, in that order
 * @param minerals  each mineral the cycle collects, then any other one the EMRTs declare, in the EMRT's order
 */
public record ExtendedMineralFigures(List<TemplateResponses> templates, List<MineralRefiners> minerals) {

    /**
     * The extended mineral an assessment row's metal column names. The one place that knows how it is written
     * there: the mineral's name or its label, in any case ("COBALT", "Cobalt"); the queries compare it upper-cased.
     */
    /**
     * The CMRT's own figures in a cycle that also collects the EMRT, or null when it asks no CMRT: suppliers asked
     * for the EMRT alone are not "awaiting" a CMRT, so the cards count from these.
     */
    public TemplateResponses cmrt() {
        return templates.stream().filter(t -> SurveyTemplate.CMRT.equals(t.template())).findFirst().orElse(null);
    }

    static ExtendedMineral mineralOf(String metalColumn) {
        String prefix = SurveyTemplate.EMRT_METAL_PREFIX;
        if (metalColumn == null || !metalColumn.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        return ExtendedMineral.fromText(metalColumn.substring(prefix.length()));
    }

    static ExtendedMineralFigures of(RequestedTemplates collects, List<Object[]> templateStates,
                                     List<Object[]> refinerRows, List<Object[]> rowsByDecision) {
        TemplateResponses cmrt = TemplateResponses.none(SurveyTemplate.CMRT);
        TemplateResponses emrt = TemplateResponses.none(SurveyTemplate.EMRT);
        Map<ExtendedMineral, TemplateResponses> perMineral = new EnumMap<>(ExtendedMineral.class);
        for (Object[] row : templateStates) {
            SurveyTemplate.State state = SurveyTemplate.State.valueOf((String) row[2]);
            long count = ((Number) row[3]).longValue();
            if (SurveyTemplate.EMRT.equals(row[0])) {
                emrt = emrt.plus(state, count);
                for (ExtendedMineral mineral : minerals((String) row[1])) {
                    perMineral.merge(mineral, TemplateResponses.none(mineral.label()).plus(state, count),
                            (a, b) -> a.plus(state, count));
                }
            } else {
                cmrt = cmrt.plus(state, count);
            }
        }
        Map<ExtendedMineral, List<DeclaredRefiner>> refiners = new EnumMap<>(ExtendedMineral.class);
        for (Object[] row : refinerRows) {
            ExtendedMineral mineral = mineralOf((String) row[0]);
            if (mineral != null) {
                refiners.computeIfAbsent(mineral, m -> new ArrayList<>()).add(new DeclaredRefiner(mineral,
                        (String) row[1], (String) row[2], (String) row[3], status((String) row[4]), (String) row[4],
                        row[5] != null && ((Number) row[5]).longValue() > 0));
            }
        }
        Map<ExtendedMineral, long[]> open = new EnumMap<>(ExtendedMineral.class);
        for (Object[] row : rowsByDecision) {
            ExtendedMineral mineral = mineralOf((String) row[1]);
            if (mineral != null) {
                long[] counts = open.computeIfAbsent(mineral, m -> new long[2]);
                long n = ((Number) row[2]).longValue();
                if (MatchDecision.REVIEW.name().equals(row[0])) {
                    counts[0] += n;
                } else if (MatchDecision.NOT_YET_IDENTIFIED.name().equals(row[0])) {
                    counts[1] += n;
                }
            }
        }
        Set<ExtendedMineral> shown = EnumSet.noneOf(ExtendedMineral.class);
        shown.addAll(collects.emrtMinerals());
        shown.addAll(perMineral.keySet());
        shown.addAll(refiners.keySet());
        List<MineralRefiners> minerals = new ArrayList<>();
        for (ExtendedMineral mineral : shown) {
            List<DeclaredRefiner> ofMineral = new ArrayList<>(refiners.getOrDefault(mineral, List.of()));
            ofMineral.sort(Comparator.comparing((DeclaredRefiner r) -> r.standardName() == null ? ""
                    : r.standardName().toLowerCase(Locale.ROOT)).thenComparing(DeclaredRefiner::smelterId));
            long[] counts = open.getOrDefault(mineral, new long[2]);
            minerals.add(new MineralRefiners(mineral, perMineral.getOrDefault(mineral, TemplateResponses.none(mineral.label())),
                    List.copyOf(ofMineral), counts[0], counts[1]));
        }
        List<TemplateResponses> templates = new ArrayList<>();
        if (collects.cmrt() || cmrt.asked() > 0) {
            templates.add(cmrt);
        }
        templates.add(emrt);
        return new ExtendedMineralFigures(List.copyOf(templates), List.copyOf(minerals));
    }

    /** "COBALT+MICA" as the survey's template row stores it; a name we do not know is left out, not guessed. */
    private static List<ExtendedMineral> minerals(String stored) {
        List<ExtendedMineral> minerals = new ArrayList<>();
        if (stored != null) {
            for (String name : stored.split("\\+")) {
                ExtendedMineral mineral = ExtendedMineral.fromText(name);
                if (mineral != null) {
                    minerals.add(mineral);
                }
            }
        }
        return minerals;
    }

    private static CanonicalStatus status(String stored) {
        if (stored == null) {
            return null;
        }
        for (CanonicalStatus status : CanonicalStatus.values()) {
            if (status.name().equals(stored)) {
                return status;
            }
        }
        // a published text rather than our canonical name: read it; what we cannot read is shown as written
        return CanonicalStatus.fromPublished(stored).orElse(null);
    }

    /** Every refiner of every mineral, for the report's appendix. */
    public List<DeclaredRefiner> allRefiners() {
        return minerals.stream().flatMap(m -> m.refiners().stream()).toList();
    }

    public long identified() {
        return minerals.stream().mapToLong(MineralRefiners::identified).sum();
    }
}
