package org.mineraldiligence.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mineraldiligence.survey.CmrtCheck;
import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.StoredWorkbook;
import org.mineraldiligence.survey.StoredWorkbookRepository;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SurveyVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a workbook from the portal: stores it exactly as received, checks it at once so the supplier sees
 * the result, and hands it to the survey when the survey is waiting for one. A workbook that arrives while
 * the survey is between two steps is picked up when it next waits ({@code ReceivedSubmissions}); one that
 * arrives when the survey is over is kept, and the commodity manager sees it.
 */
@Service
public class SubmissionReceiver {

    static final String MESSAGE = "CmrtSubmitted";

    public record Receipt(CmrtSubmission submission, boolean handedToSurvey) {
    }

    private final StoredWorkbookRepository workbooks;
    private final CmrtSubmissionRepository submissions;
    private final CmrtCheck check;
    private final RuntimeService runtimeService;

    SubmissionReceiver(StoredWorkbookRepository workbooks, CmrtSubmissionRepository submissions, CmrtCheck check,
                       RuntimeService runtimeService) {
        this.workbooks = workbooks;
        this.submissions = submissions;
        this.check = check;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public Receipt receive(SupplierSurvey survey, String originalName, byte[] content) {
        StoredWorkbook workbook = workbooks.save(new StoredWorkbook(sha256(content), content));
        CmrtSubmission submission = submissions.save(new CmrtSubmission(survey, workbook, safeName(originalName),
                content.length, ClockUtil.getCurrentTime().toInstant()));
        check.check(submission);
        boolean waiting = runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(survey.getBusinessKey())
                .messageEventSubscriptionName(MESSAGE)
                .count() > 0;
        if (waiting) {
            submission.markHandedToSurvey();
            runtimeService.createMessageCorrelation(MESSAGE)
                    .processInstanceBusinessKey(survey.getBusinessKey())
                    .setVariable(SurveyVariables.SUBMISSION_ID, submission.getId())
                    .correlate();
        }
        return new Receipt(submission, waiting);
    }

    /** Keeps the file name a supplier's computer gave, minus any path and control characters. */
    static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "workbook.xlsx";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
