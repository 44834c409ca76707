package org.mineraldiligence.report;

import java.util.List;
import java.util.Map;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.survey.SurveyOutcome;

/**
 * Everything the dashboard shows above the supplier table.
 *
 * @param underReview      declared names the matcher could not tie to a known smelter; a person decides
 * @param notYetIdentified rows where the supplier wrote "Smelter not yet identified"
 * @param listAge          how old the reference list behind the smelter figures is
 * @param extended         responses per template and refiners per extended mineral; null when the cycle collects no EMRT
 */
public record CycleDashboard(ReportingCycle cycle, SurveyFigures figures, Map<SurveyOutcome, Long> outcomes,
                             Map<String, Long> decisions, Map<Role, Long> openTasks, IdentifiedSmelters smelters,
                             long underReview, long notYetIdentified, long failedMails, List<BarChart> charts,
                             org.mineraldiligence.smelter.ReferenceListAge listAge, ExtendedMineralFigures extended) {

    public long surveysRunning() {
        return outcomes.getOrDefault(null, 0L);
    }
}
