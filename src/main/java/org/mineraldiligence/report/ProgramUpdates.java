package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mineraldiligence.escalation.ChoiceNames;
import org.mineraldiligence.escalation.ExecutiveDecision;
import org.mineraldiligence.escalation.ExecutiveDecisionRepository;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.list.SmelterDeclarations;
import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive champions' update on a cycle. The figures are the dashboard's ({@link CycleReports#dashboard});
 * the smelters come from the same latest valid CMRTs as Appendix A, each with the suppliers the smelter pages
 * name ({@link SmelterDeclarations}), and the suppliers from the same query as the dashboard's table.
 */
@Service
@Transactional(readOnly = true)
public class ProgramUpdates {

    private final CycleReports reports;
    private final CycleQueries queries;
    private final OpenTasks openTasks;
    private final SmelterDeclarations declarations;
    private final ExecutiveDecisionRepository decisions;
    private final ChoiceNames choices;

    ProgramUpdates(CycleReports reports, CycleQueries queries, OpenTasks openTasks, SmelterDeclarations declarations,
                   ExecutiveDecisionRepository decisions, ChoiceNames choices) {
        this.reports = reports;
        this.queries = queries;
        this.openTasks = openTasks;
        this.declarations = declarations;
        this.decisions = decisions;
        this.choices = choices;
    }

    public ProgramStatus of(long cycleId) {
        CycleDashboard dashboard = reports.dashboard(cycleId);
        List<SupplierStatus> surveyed = reports.allSuppliers(cycleId);
        List<ProgramStatus.DecisionTaken> taken = decisionsOf(cycleId);
        return new ProgramStatus(dashboard, smelterConcerns(cycleId, dashboard.smelters(), surveyed),
                supplierConcerns(cycleId, surveyed, taken), taken);
    }

    /** Not conformant on the cycle's list, or rated HIGH risk; HIGH risk first, then by metal and name. */
    private List<ProgramStatus.SmelterConcern> smelterConcerns(long cycleId, IdentifiedSmelters identified,
                                                               List<SupplierStatus> surveyed) {
        Map<String, String> highRisk = queries.highRiskSmelters(cycleId);
        Set<Long> surveysOfCycle = surveyed.stream().map(SupplierStatus::surveyId).collect(Collectors.toSet());
        List<ProgramStatus.SmelterConcern> concerns = new ArrayList<>();
        for (ReferenceSmelter smelter : identified.smelters()) {
            String reason = highRisk.get(smelter.smelterId());
            if (reason != null || !smelter.status().canonical().isConformant()) {
                // the smelter pages' declarations span every cycle; keep this cycle's surveys
                List<SmelterDeclarations.Declaration> declaredBy = declarations.of(smelter.smelterId()).stream()
                        .filter(d -> surveysOfCycle.contains(d.surveyId())).toList();
                concerns.add(new ProgramStatus.SmelterConcern(smelter, reason, declaredBy));
            }
        }
        concerns.sort(Comparator.comparing((ProgramStatus.SmelterConcern c) -> !c.isHighRisk())
                .thenComparing(c -> c.smelter().metal())
                .thenComparing(c -> c.smelter().standardName().toLowerCase(Locale.ROOT)));
        return concerns;
    }

    /** In scope and escalated (awaiting a decision, or decided) or without a valid latest CMRT; escalated first. */
    private List<ProgramStatus.SupplierConcern> supplierConcerns(long cycleId, List<SupplierStatus> surveyed,
                                                                 List<ProgramStatus.DecisionTaken> taken) {
        Set<String> awaiting = openTasks.escalationsAwaitingDecision(cycleId);
        Map<String, String> lastDecision = new LinkedHashMap<>();
        taken.forEach(decision -> lastDecision.put(decision.businessKey(), decision.decision()));
        Map<String, SupplierFollowUp> followUps = reports.followUps(cycleId);
        List<ProgramStatus.SupplierConcern> concerns = new ArrayList<>();
        for (SupplierStatus status : surveyed) {
            if (status.outcome() == SurveyOutcome.OUT_OF_SCOPE) {
                continue;
            }
            ProgramStatus.SupplierConcern concern = new ProgramStatus.SupplierConcern(status,
                    followUps.getOrDefault(status.supplierCode(), SupplierFollowUp.NONE).commodityManager(),
                    awaiting.contains(status.businessKey()), lastDecision.get(status.businessKey()));
            if (concern.isEscalated() || !concern.hasValidCmrt()) {
                concerns.add(concern);
            }
        }
        concerns.sort(Comparator.comparing((ProgramStatus.SupplierConcern c) -> !c.awaitingDecision())
                .thenComparing(c -> !c.isEscalated()));
        return concerns;
    }

    private List<ProgramStatus.DecisionTaken> decisionsOf(long cycleId) {
        return decisions.findByCycleWithSupplier(cycleId).stream().map(this::taken).toList();
    }

    private ProgramStatus.DecisionTaken taken(ExecutiveDecision decision) {
        var survey = decision.getSurvey();
        return new ProgramStatus.DecisionTaken(survey.getSupplier().getCode(), survey.getSupplier().getName(),
                survey.getBusinessKey(), choices.ofExecutiveDecision(decision.getDecision().name()),
                decision.getRationale(), decision.getReviewDate(), decision.getDecidedBy(), decision.getDecidedAt());
    }
}
