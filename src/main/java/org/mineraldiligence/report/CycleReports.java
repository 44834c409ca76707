package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.smelter.MatchDecision;
import org.mineraldiligence.smelter.ReferenceListAges;
import org.mineraldiligence.smelter.SmelterReference;
import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The cycle's figures for the dashboard, the report and the downloads, in a bounded number of queries. */
@Service
@Transactional(readOnly = true)
public class CycleReports {

    public static final int PAGE_SIZE = 50;

    private final ReportingCycleRepository cycles;
    private final CycleQueries queries;
    private final OpenTasks openTasks;
    private final SmelterReference reference;
    private final ReferenceListAges listAges;

    CycleReports(ReportingCycleRepository cycles, CycleQueries queries, OpenTasks openTasks, SmelterReference reference,
                 ReferenceListAges listAges) {
        this.listAges = listAges;
        this.cycles = cycles;
        this.queries = queries;
        this.openTasks = openTasks;
        this.reference = reference;
    }

    public ReportingCycle cycle(long cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no reporting cycle " + cycleId + "."));
    }

    public CycleDashboard dashboard(long cycleId) {
        ReportingCycle cycle = cycle(cycleId);
        SurveyFigures figures = queries.surveyFigures(cycleId);
        Map<SurveyOutcome, Long> outcomes = queries.outcomes(cycleId);
        IdentifiedSmelters smelters = identifiedSmelters(cycleId);
        Map<String, Map<String, Long>> rows = queries.declaredRowsByDecision(cycleId);
        long review = total(rows.get(MatchDecision.REVIEW.name()));
        long notYetIdentified = total(rows.get(MatchDecision.NOT_YET_IDENTIFIED.name()));
        return new CycleDashboard(cycle, figures, outcomes, queries.decisions(cycleId),
                openTasks.countByRole(cycleId), smelters, review, notYetIdentified, queries.failedMails(cycleId),
                charts(figures, outcomes, smelters, cycle.collects().emrt()),
                listAges.of(smelters.list(), cycle.getReportingYear()), extendedMinerals(cycle));
    }

    /** The per-template and per-mineral figures of a cycle that collects the EMRT (three more queries); else null. */
    public ExtendedMineralFigures extendedMinerals(ReportingCycle cycle) {
        if (!cycle.collects().emrt()) {
            return null;
        }
        long id = cycle.getId();
        return ExtendedMineralFigures.of(cycle.collects(), queries.templateStates(id), queries.emrtRefiners(id),
                queries.emrtRowsByDecision(id));
    }

    public IdentifiedSmelters identifiedSmelters(long cycleId) {
        return IdentifiedSmelters.of(reference.forCycle(cycleId).list(), queries.identifiedSmelterIds(cycleId));
    }

    public ReferenceListAges listAges() {
        return listAges;
    }

    /** The cycle of the reporting year before, if there is one: the report's year-over-year comparison. */
    public java.util.Optional<ReportingCycle> previous(ReportingCycle cycle) {
        return cycles.findAllByOrderByReportingYearDescIdDesc().stream()
                .filter(c -> c.getReportingYear() == cycle.getReportingYear() - 1).findFirst();
    }

    public SurveyFigures surveyFigures(long cycleId) {
        return queries.surveyFigures(cycleId);
    }

    /** A page (from 1) of the supplier table with each survey's open task, if any. */
    public SupplierPage suppliers(long cycleId, SupplierFilter filter, int page) {
        long total = queries.countSuppliers(cycleId, filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<SupplierStatus> statuses = queries.suppliers(cycleId, filter, (shown - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, String> tasks = openTasks.taskIdsByBusinessKey(statuses.stream()
                .filter(s -> !s.isFinished()).map(SupplierStatus::businessKey).toList());
        List<SupplierPage.Row> rows = statuses.stream()
                .map(s -> new SupplierPage.Row(s, tasks.get(s.businessKey()))).toList();
        return new SupplierPage(rows, total, shown, PAGE_SIZE, filter);
    }

    /** Every supplier of the cycle, for the download. */
    public List<SupplierStatus> allSuppliers(long cycleId) {
        return queries.suppliers(cycleId, SupplierFilter.NONE, 0, 0);
    }

    /** Commodity manager, contact, reminders and last e-mail per supplier code, for the download. */
    public Map<String, SupplierFollowUp> followUps(long cycleId) {
        return queries.followUps(cycleId);
    }

    private static long total(Map<String, Long> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @param emrtToo the cycle also collects the EMRT: the charts built on CMRTs say so */
    private static List<BarChart> charts(SurveyFigures f, Map<SurveyOutcome, Long> outcomes, IdentifiedSmelters smelters,
                                         boolean emrtToo) {
        List<BarChart> charts = new ArrayList<>();
        charts.add(new BarChart((emrtToo ? "CMRT responses" : "Responses") + " of in-scope suppliers", List.of(
                new BarChart.Bar("valid", f.valid(), "ok"),
                new BarChart.Bar("invalid", f.invalid(), "bad"),
                new BarChart.Bar("awaiting", f.awaiting(), "muted"))));
        List<BarChart.Bar> ended = new ArrayList<>();
        ended.add(new BarChart.Bar("in progress", outcomes.getOrDefault(null, 0L), "muted"));
        for (SurveyOutcome outcome : SurveyOutcome.values()) {
            ended.add(new BarChart.Bar(outcome.label(), outcomes.getOrDefault(outcome, 0L),
                    outcome == SurveyOutcome.SUSPENDED || outcome == SurveyOutcome.DISENGAGED ? "bad" : "ok"));
        }
        charts.add(new BarChart("Survey outcomes", ended));
        charts.add(new BarChart("Declarations and programs", List.of(
                new BarChart.Bar("company-level", f.companyLevel(), "ok"),
                new BarChart.Bar("product-level", f.productLevel(), "ok"),
                new BarChart.Bar("user-defined scope", f.userDefinedScope(), "muted"),
                new BarChart.Bar("strong program", f.strong(), "ok"),
                new BarChart.Bar("weak program", f.weak(), "warning"),
                new BarChart.Bar("training completed", f.trainingCompleted(), "ok"))));
        List<BarChart.Bar> statusBars = new ArrayList<>();
        smelters.byMetalAndStatus().forEach((metal, counts) -> counts.forEach((status, n) -> statusBars.add(
                new BarChart.Bar(metal.label() + ", " + words(status), n, tone(status)))));
        charts.add(new BarChart((emrtToo ? "3TG smelters" : "Smelters") + " identified, by metal and status", statusBars));
        return charts;
    }

    static String words(CanonicalStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String tone(CanonicalStatus status) {
        return status.isConformant() ? "ok" : status.isInAuditProgram() ? "warning" : "bad";
    }
}
