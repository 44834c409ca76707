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

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.smelter.MatchDecision;
import org.mineraldiligence.smelter.Metal;
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
    }

    private final CycleReports reports;
    private final CycleQueries queries;
    private final SmelterReference reference;
    private final String companyName;

    RollUps(CycleReports reports, CycleQueries queries, SmelterReference reference,
            @Value("${mineral-diligence.company-name}") String companyName) {
        this.reports = reports;
        this.queries = queries;
        this.reference = reference;
        this.companyName = companyName;
    }

    public ConflictMineralsReport report(long cycleId) {
        return ConflictMineralsReport.of(reports.cycle(cycleId), companyName, queries.surveyFigures(cycleId),
                reports.identifiedSmelters(cycleId), reference.countries());
    }

    public Outcome write(long cycleId, RollUpDeclarant declarant) {
        ReportingCycle cycle = reports.cycle(cycleId);
        List<SupplierDeclaration> declarations = queries.latestValidCheckJson(cycleId).stream()
                .map(SupplierDeclaration::fromCheckJson).toList();
        if (declarations.isEmpty()) {
            return new Outcome(null, "No supplier has sent a valid CMRT in " + cycle.label()
                    + " yet, so there is nothing to consolidate.");
        }
        SurveyFigures figures = queries.surveyFigures(cycleId);
        IdentifiedSmelters smelters = reports.identifiedSmelters(cycleId);
        Set<Metal> metals = smelters.smelters().stream().map(ReferenceSmelter::metal).collect(Collectors.toSet());
        RollUpAnswers answers = new RollUpAnswers(figures.inScope(), figures.responded(), declarations, metals,
                unreportedRows(queries.declaredRowsByDecision(cycleId)));
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        CmrtChecker checker = new CmrtChecker(new CheckPolicy(cycle.policy().minCmrtRevision(), cycle.getReportingYear(),
                Clock.fixed(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault())));
        return new Outcome(CmrtRollUp.write(companyName, declarant, today, answers.answers(), smelters.smelters(), checker),
                null);
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
