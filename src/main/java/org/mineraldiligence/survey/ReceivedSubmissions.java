package org.mineraldiligence.survey;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Look for a CMRT already received": a supplier may upload while its survey is busy between two steps
 * (say, right after an invalid workbook, before the resubmission request went out). No message can be
 * correlated then, so the workbook waits in our table and the survey takes the newest one in here, before
 * it waits for the supplier again. Older ones of the same template that were never handed over are superseded
 * by it; one of another template (an EMRT beside the CMRT) stays waiting for the next time the survey looks.
 */
@Component
public class ReceivedSubmissions {

    private final CmrtSubmissionRepository submissions;
    private final SurveyTemplates templates;

    ReceivedSubmissions(CmrtSubmissionRepository submissions, SurveyTemplates templates) {
        this.submissions = submissions;
        this.templates = templates;
    }

    @Transactional
    public void lookForReceivedCmrt(DelegateExecution execution) {
        List<CmrtSubmission> waiting = submissions.findBySurveyIdAndHandedToSurveyFalseOrderByReceivedAtDescIdDesc(
                SurveyVariables.surveyId(execution));
        execution.setVariable(SurveyVariables.CMRT_ALREADY_RECEIVED, !waiting.isEmpty());
        if (waiting.isEmpty()) {
            return;
        }
        CmrtSubmission newest = waiting.get(0);
        List<SurveyTemplate> rows = templates.of(newest.getSurvey());
        String template = templateOf(newest, rows);
        waiting.stream().filter(submission -> templateOf(submission, rows).equals(template))
                .forEach(CmrtSubmission::markHandedToSurvey);
        execution.setVariable(SurveyVariables.SUBMISSION_ID, newest.getId());
    }

    private static String templateOf(CmrtSubmission submission, List<SurveyTemplate> rows) {
        return SurveyTemplates.answeredBy(submission, rows).map(SurveyTemplate::getTemplateType).orElse("");
    }
}
