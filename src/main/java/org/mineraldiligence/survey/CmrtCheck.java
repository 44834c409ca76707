package org.mineraldiligence.survey;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.web.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks uploaded workbooks: the portal calls it at once to answer the supplier, and the survey's
 * "Check CMRT" step calls it again, reusing a result that is already stored.
 */
@Component
public class CmrtCheck {

    private final CmrtSubmissionRepository submissions;
    private final SurveyTemplates templates;
    private final Clock clock;

    CmrtCheck(CmrtSubmissionRepository submissions, SurveyTemplates templates, Clock clock) {
        this.clock = clock;
        this.templates = templates;
        this.submissions = submissions;
    }

    /**
     * The survey step: sets the verdict, moves the row of the workbook's template (CMRT or EMRT) and counts
     * that template's invalid attempts for the process to decide on.
     */
    @Transactional
    public void check(DelegateExecution execution) {
        CmrtSubmission submission = SurveyVariables.submission(execution, submissions);
        if (submission.getCheckedAt() == null) {
            check(submission);
        }
        SurveyTemplate row = templates.recordCheck(execution, submission);
        execution.setVariable(SurveyVariables.VERDICT, submission.getVerdict());
        execution.setVariable(SurveyVariables.CMRT_VALID, submission.isValid());
        if (!submission.isValid()) {
            // each template has its own attempts: three wrong EMRTs do not use up the CMRT's
            int attempts = SurveyVariables.increment(execution, SurveyTemplate.EMRT.equals(row.getTemplateType())
                    ? SurveyVariables.EMRT_INVALID_ATTEMPTS : SurveyVariables.INVALID_ATTEMPTS);
            int allowed = ((Number) execution.getVariable(SurveyVariables.MAX_INVALID_ATTEMPTS)).intValue();
            execution.setVariable(SurveyVariables.INVALID_ATTEMPTS_LEFT, attempts < allowed);
        }
        execution.setVariable(SurveyVariables.FINDINGS_SUMMARY, SurveyTemplates.label(row) + ": " + summary(submission));
    }

    /**
     * Checks the stored workbook against the policy of the survey's cycle (oldest revision and effective
     * date) and the supplier's known names, and records the result.
     */
    @Transactional
    public CheckResult check(CmrtSubmission submission) {
        ReportingCycle cycle = submission.getSurvey().getCycle();
        Clock now = Clock.fixed(clock.instant(), ZoneId.systemDefault());
        CmrtChecker checker = new CmrtChecker(new CheckPolicy(cycle.policy().minCmrtRevision(),
                cycle.getReportingYear(), now, cycle.policy().oldestEffectiveDate(),
                submission.getSurvey().getSupplier().knownNames(), emrtMineralsAsked(submission.getSurvey()))).alsoEmrt();
        CheckResult result = checker.check(submission.getOriginalName(),
                new ByteArrayInputStream(submission.getWorkbook().getContent()));
        submission.recordCheck(result.verdict().name(), result.templateType(), result.templateVersion(), result.errors().size(),
                result.warnings().size(), CmrtJson.toJson(result), now.instant());
        return result;
    }

    /** The minerals the survey's EMRT row asks about; none when no EMRT was asked. */
    private Set<ExtendedMineral> emrtMineralsAsked(SupplierSurvey survey) {
        return templates.of(survey).stream()
                .filter(row -> SurveyTemplate.EMRT.equals(row.getTemplateType()))
                .findFirst()
                .map(row -> Set.copyOf(row.mineralList()))
                .orElse(Set.of());
    }

    private static String summary(CmrtSubmission submission) {
        List<SubmissionFindings.Finding> errors = SubmissionFindings.of(submission.getCheckJson()).stream()
                .filter(SubmissionFindings.Finding::isError).toList();
        if (errors.isEmpty()) {
            return "No errors.";
        }
        return errors.stream().limit(10)
                // Findings quote the supplier's cells; the summary is shown in a Camunda Form (Markdown).
                .map(finding -> "- " + PlainText.forMarkdown(finding.location()) + ": " + PlainText.forMarkdown(finding.message()))
                .collect(Collectors.joining("\n", errors.size() + " error(s):\n", errors.size() > 10 ? "\n- …" : ""));
    }
}
