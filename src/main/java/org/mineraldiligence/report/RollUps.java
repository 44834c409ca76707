package org.mineraldiligence.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.smelter.MatchDecision;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.SmelterReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The report draft and the consolidated CMRT of a cycle. */
@Service
@Transactional(readOnly = true)
public class RollUps {

    /** Either the workbook or, when there is nothing to consolidate, why. */
    public record Outcome(byte[] workbook, String problem) {

        /** The workbook written, if our own checker accepts it; otherwise the refusal and every error it found. */
        static Outcome checked(byte[] workbook, CheckResult result, String refusal) {
            if (result.verdict() != Verdict.VALID && result.verdict() != Verdict.VALID_WITH_WARNINGS) {
                return new Outcome(null, refusal + result.errors().stream().map(Finding::message)
                        .collect(Collectors.joining(" ")));
            }
            return new Outcome(workbook, null);
        }
    }

    /** The template's languages, read once: the bundled file does not change while we run. */
    static final List<String> LANGUAGES = CmrtRollUp.languages();

    private final CycleReports reports;
    private final CycleQueries queries;
    private final SmelterReference reference;
    private final String companyName;
    private final Clock clock;

    RollUps(CycleReports reports, CycleQueries queries, SmelterReference reference,
            @Value("${mineral-diligence.company-name}") String companyName, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.queries = queries;
        this.reference = reference;
        this.companyName = companyName;
    }

    public ConflictMineralsReport report(long cycleId) {
        ReportingCycle cycle = reports.cycle(cycleId);
        SurveyFigures figures = queries.surveyFigures(cycleId);
        IdentifiedSmelters smelters = reports.identifiedSmelters(cycleId);
        YearOverYear yearOverYear = reports.previous(cycle).map(previous -> new YearOverYear(cycle.getReportingYear(),
                previous.getReportingYear(), queries.surveyFigures(previous.getId()), figures,
                reports.identifiedSmelters(previous.getId()), smelters)).orElse(null);
        return ConflictMineralsReport.of(cycle, companyName, figures, smelters, reference.countries(), yearOverYear,
                queries.latestValidDeclarations(cycleId), reports.listAges().of(smelters.list(), cycle.getReportingYear()),
                reports.extendedMinerals(cycle));
    }

    /** What the consolidated CMRT would say, for the preview; no workbook is written. */
    public RollUpPreview preview(long cycleId) {
        ReportingCycle cycle = reports.cycle(cycleId);
        List<SupplierDeclaration> declarations = queries.latestValidDeclarations(cycleId);
        IdentifiedSmelters smelters = reports.identifiedSmelters(cycleId);
        String problem = declarations.isEmpty() ? "No supplier has sent a valid CMRT in " + cycle.label()
                + " yet, so there is nothing to consolidate." : null;
        return new RollUpPreview(problem, answers(cycleId, declarations, smelters).proposals(), smelters.count(),
                LANGUAGES);
    }

    /** Writes the consolidated CMRT with the process owner's choices (see {@link RollUpChoices#problems}). */
    public Outcome write(long cycleId, RollUpDeclarant declarant, RollUpChoices choices) {
        ReportingCycle cycle = reports.cycle(cycleId);
        List<SupplierDeclaration> declarations = queries.latestValidDeclarations(cycleId);
        if (declarations.isEmpty()) {
            return new Outcome(null, "No supplier has sent a valid CMRT in " + cycle.label()
                    + " yet, so there is nothing to consolidate.");
        }
        List<String> problems = choices.problems(LANGUAGES);
        if (!problems.isEmpty()) {
            return new Outcome(null, String.join(" ", problems));
        }
        IdentifiedSmelters smelters = reports.identifiedSmelters(cycleId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        CmrtChecker checker = new CmrtChecker(new CheckPolicy(cycle.policy().minCmrtRevision(), cycle.getReportingYear(),
                Clock.fixed(clock.instant(), ZoneId.systemDefault())));
        return CmrtRollUp.write(companyName, declarant, choices.language(), today, choices.written(),
                smelters.smelters(), checker);
    }

    private RollUpAnswers answers(long cycleId, List<SupplierDeclaration> declarations, IdentifiedSmelters smelters) {
        SurveyFigures figures = queries.surveyFigures(cycleId);
        Set<Metal> metals = smelters.smelters().stream().map(ReferenceSmelter::metal).collect(Collectors.toSet());
        return new RollUpAnswers(figures.inScope(), figures.responded(), declarations, metals,
                unreportedRows(queries.declaredRowsByDecision(cycleId)));
    }

    /** Declared rows the roll-up cannot list: names under review and rows "not yet identified". */
    private static Map<Metal, Long> unreportedRows(Map<String, Map<String, Long>> byDecision) {
        Map<Metal, Long> unreported = new EnumMap<>(Metal.class);
        for (String decision : List.of(MatchDecision.REVIEW.name(), MatchDecision.NOT_YET_IDENTIFIED.name())) {
            byDecision.getOrDefault(decision, Map.of()).forEach((metal, n) -> Metal.parse(metal.toLowerCase(Locale.ROOT))
                    .ifPresent(m -> unreported.merge(m, n, Long::sum)));
        }
        return unreported;
    }
}
