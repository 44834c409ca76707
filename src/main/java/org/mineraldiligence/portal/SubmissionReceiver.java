package org.mineraldiligence.portal;

import java.time.Clock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.mineraldiligence.survey.CmrtCheck;
import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.StoredWorkbook;
import org.mineraldiligence.survey.StoredWorkbookRepository;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyTemplates;
import org.mineraldiligence.survey.SurveyVariables;
import org.mineraldiligence.web.FileNames;
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

    /**
     * What became of an upload.
     *
     * @param submission     the stored submission; for a duplicate, the earlier one with the same content;
     *                       null when refused
     * @param handedToSurvey whether the survey took it in at once
     * @param duplicate      the survey had received exactly this file before: nothing new was stored
     * @param refusal        the quota that refused it, or null
     * @param notAsked       a template the survey did not ask for (an EMRT when only the CMRT was asked, or the
     *                       reverse): kept, but never handed to the survey, so no template's state changes
     */
    public record Receipt(CmrtSubmission submission, boolean handedToSurvey, boolean duplicate,
                          UploadRefusal refusal, boolean notAsked) {

        static Receipt stored(CmrtSubmission submission, boolean handedToSurvey) {
            return new Receipt(submission, handedToSurvey, false, null, false);
        }
    }

    private final StoredWorkbookRepository workbooks;
    private final CmrtSubmissionRepository submissions;
    private final CmrtCheck check;
    private final RuntimeService runtimeService;
    private final SupplierSurveyRepository surveys;
    private final UploadQuota quota;
    private final SurveyTemplates templates;
    private final Clock clock;

    SubmissionReceiver(StoredWorkbookRepository workbooks, CmrtSubmissionRepository submissions, CmrtCheck check,
                       RuntimeService runtimeService, SupplierSurveyRepository surveys, UploadQuota quota,
                       SurveyTemplates templates, Clock clock) {
        this.clock = clock;
        this.templates = templates;
        this.surveys = surveys;
        this.quota = quota;
        this.workbooks = workbooks;
        this.submissions = submissions;
        this.check = check;
        this.runtimeService = runtimeService;
    }

    /**
     * Stores, checks and hands on one upload; a file the survey already has is not stored again, and an
     * upload over the survey's quota is refused with nothing stored. The survey's row is locked for the
     * transaction, so parallel uploads are counted and compared one after the other.
     */
    @Transactional
    public Receipt receive(SupplierSurvey survey, String originalName, byte[] content) {
        surveys.lockById(survey.getId());
        String sha256 = sha256(content);
        Optional<CmrtSubmission> earlier = submissions.findFirstBySurveyIdAndSha256OrderByReceivedAtAscIdAsc(
                survey.getId(), sha256);
        if (earlier.isPresent()) {
            return new Receipt(earlier.get(), false, true, null, !templates.asked(earlier.get()));
        }
        Instant now = clock.instant();
        Optional<UploadRefusal> refusal = quota.check(survey.getId(), content.length, now);
        if (refusal.isPresent()) {
            return new Receipt(null, false, false, refusal.get(), false);
        }
        StoredWorkbook workbook = workbooks.save(new StoredWorkbook(sha256, content));
        CmrtSubmission submission = submissions.save(new CmrtSubmission(survey, workbook, FileNames.clean(originalName, "workbook.xlsx"),
                content.length, now));
        check.check(submission);
        if (!templates.asked(submission)) {
            // marked as handed over so that "Look for a CMRT already received" never takes it either
            submission.markHandedToSurvey();
            return new Receipt(submission, false, false, null, true);
        }
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
        return Receipt.stored(submission, waiting);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
