package org.mineraldiligence.survey;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Look for a CMRT already received": a supplier may upload while its survey is busy between two steps
 * (say, right after an invalid workbook, before the resubmission request went out). No message can be
 * correlated then, so the workbook waits in our table and the survey takes the newest one in here, before
 * it waits for the supplier again. Older ones that were never handed over are superseded by it.
 */
@Component
public class ReceivedSubmissions {

    private final CmrtSubmissionRepository submissions;

    ReceivedSubmissions(CmrtSubmissionRepository submissions) {
        this.submissions = submissions;
    }

    @Transactional
    public void lookForReceivedCmrt(DelegateExecution execution) {
        List<CmrtSubmission> waiting = submissions.findBySurveyIdAndHandedToSurveyFalseOrderByReceivedAtDescIdDesc(
                SurveyVariables.surveyId(execution));
        waiting.forEach(CmrtSubmission::markHandedToSurvey);
        execution.setVariable(SurveyVariables.CMRT_ALREADY_RECEIVED, !waiting.isEmpty());
        if (!waiting.isEmpty()) {
            execution.setVariable(SurveyVariables.SUBMISSION_ID, waiting.get(0).getId());
        }
    }
}
