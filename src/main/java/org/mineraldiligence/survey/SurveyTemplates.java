package org.mineraldiligence.survey;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates a survey asks of its supplier and where each stands ({@link SurveyTemplate} rows). One survey
 * waits for all of them: the check step moves the row of the template a workbook is, the commodity manager's
 * "accept" settles an invalid one, and the survey goes on to the assessment only when every row is settled.
 * A survey launched before templates were recorded asks for the CMRT alone; its row is made when first needed.
 */
@Component
public class SurveyTemplates {

    /** The company-level answers the program-strength decision reads (CMRT 6.x and EMRT letters). */
    private static final List<String> PROGRAM_QUESTIONS = List.of("A", "D", "F", "G");

    private final SurveyTemplateRepository templates;
    private final CmrtSubmissionRepository submissions;
    private final SupplierSurveyRepository surveys;
    private final Clock clock;

    SurveyTemplates(SurveyTemplateRepository templates, CmrtSubmissionRepository submissions,
                    SupplierSurveyRepository surveys, Clock clock) {
        this.templates = templates;
        this.submissions = submissions;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** The survey's rows in the order asked (CMRT first); for a survey without rows an unsaved CMRT row. */
    public List<SurveyTemplate> of(SupplierSurvey survey) {
        List<SurveyTemplate> rows = templates.findBySurveyIdOrderByIdAsc(survey.getId());
        return rows.isEmpty() ? List.of(new SurveyTemplate(survey, SurveyTemplate.CMRT, null, clock.instant())) : rows;
    }

    /**
     * The requested template a workbook answers, if any: an EMRT the EMRT row, a CMRT the CMRT row. A file that
     * is neither (unreadable, a CRT, an AMRT) counts against the first template asked, as a failed attempt at it.
     */
    public static Optional<SurveyTemplate> answeredBy(CmrtSubmission submission, List<SurveyTemplate> rows) {
        String type = isNeitherTemplate(submission) ? rows.get(0).getTemplateType() : submission.getTemplateType();
        return rows.stream().filter(row -> row.getTemplateType().equals(type)).findFirst();
    }

    private static boolean isNeitherTemplate(CmrtSubmission submission) {
        return !SurveyTemplate.EMRT.equals(submission.getTemplateType())
                && ("UNREADABLE".equals(submission.getVerdict()) || "NOT_A_CMRT".equals(submission.getVerdict()));
    }

    /** Whether the survey asked for the template this workbook is (the portal keeps the others aside). */
    @Transactional
    public boolean asked(CmrtSubmission submission) {
        return answeredBy(submission, of(submission.getSurvey())).isPresent();
    }

    /** The templates not yet valid or accepted, "CMRT and EMRT (cobalt, mica)"; all asked when none is. */
    @Transactional
    public String outstanding(SupplierSurvey survey) {
        List<SurveyTemplate> rows = of(survey);
        List<SurveyTemplate> open = rows.stream().filter(row -> !row.getState().settled()).toList();
        return (open.isEmpty() ? rows : open).stream().map(SurveyTemplates::label).collect(Collectors.joining(" and "));
    }

    /** Each template and where it stands, "CMRT: valid · EMRT (cobalt, mica): needs corrections (3 errors)". */
    @Transactional
    public String states(SupplierSurvey survey) {
        return of(survey).stream().map(row -> label(row) + ": " + stateText(row)).collect(Collectors.joining(" · "));
    }

    /** How many invalid workbooks of this template (as tasks name it, "CMRT" or "EMRT (…)") the survey received. */
    @Transactional
    public long invalidReceived(SupplierSurvey survey, String label) {
        List<SurveyTemplate> rows = of(survey);
        return submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).stream()
                .filter(s -> s.getVerdict() != null && !s.isValid())
                .filter(s -> answeredBy(s, rows).map(SurveyTemplates::label).filter(label::equals).isPresent())
                .count();
    }

    /** What a survey's page and tasks say of a row's state. */
    public static String stateText(SurveyTemplate row) {
        return switch (row.getState()) {
            case AWAITING -> "not received yet";
            case VALID -> "valid";
            case ACCEPTED -> "accepted with exceptions";
            case INVALID -> "needs corrections" + (row.getSubmission() == null || row.getSubmission().getErrors() == null
                    ? "" : " (" + row.getSubmission().getErrors() + " error" + (row.getSubmission().getErrors() == 1 ? "" : "s") + ")");
        };
    }

    /** "CMRT" or "EMRT (cobalt, mica)": how tasks, summaries and e-mails name a template. */
    public static String label(SurveyTemplate row) {
        if (!SurveyTemplate.EMRT.equals(row.getTemplateType())) {
            return row.getTemplateType();
        }
        return "EMRT (" + minerals(row) + ")";
    }

    /** "cobalt, mica" for an EMRT row; empty for the CMRT. */
    public static String minerals(SurveyTemplate row) {
        return row.mineralList().stream().map(m -> m.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /**
     * The check step's part: the row of the checked workbook's template takes it as its latest (valid or
     * invalid), and the process learns whether templates are still outstanding. Returns the row.
     */
    SurveyTemplate recordCheck(DelegateExecution execution, CmrtSubmission submission) {
        List<SurveyTemplate> rows = rowsOf(submission.getSurvey());
        SurveyTemplate row = answeredBy(submission, rows).orElseThrow(() -> new IllegalStateException(
                "submission " + submission.getId() + " is a " + submission.getTemplateType()
                        + ", which survey " + submission.getSurvey().getId() + " did not ask for"));
        row.received(submission, submission.isValid() ? SurveyTemplate.State.VALID : SurveyTemplate.State.INVALID,
                clock.instant());
        execution.setVariable(SurveyVariables.TEMPLATE_CONCERNED, label(row));
        settle(execution, rows);
        return row;
    }

    /**
     * "Record template accepted": the commodity manager accepted the invalid workbook the task was about as it
     * is (resolution "accept with exceptions"), which settles its template.
     */
    @Transactional
    public void accept(DelegateExecution execution) {
        CmrtSubmission submission = SurveyVariables.submission(execution, submissions);
        List<SurveyTemplate> rows = rowsOf(submission.getSurvey());
        answeredBy(submission, rows).ifPresent(row -> row.received(submission, SurveyTemplate.State.ACCEPTED,
                clock.instant()));
        settle(execution, rows);
    }

    /**
     * Sets {@code templatesOutstanding}; once nothing is, points {@code submissionId} at the workbook the
     * assessment reads: the CMRT when one was asked, else the EMRT.
     */
    private static void settle(DelegateExecution execution, List<SurveyTemplate> rows) {
        boolean outstanding = rows.stream().anyMatch(row -> !row.getState().settled());
        execution.setVariable(SurveyVariables.TEMPLATES_OUTSTANDING, outstanding);
        if (!outstanding) {
            CmrtSubmission assessed = rows.get(0).getSubmission();
            execution.setVariable(SurveyVariables.SUBMISSION_ID, assessed.getId());
            // The EMRT asks company questions A, D, F and G in the CMRT's words (policy, due diligence
            // measures, review of suppliers' information, corrective action management): same letters.
            Map<String, String> answers = SubmissionFindings.companyQuestions(assessed.getCheckJson());
            PROGRAM_QUESTIONS.forEach(letter -> execution.setVariable(SurveyVariables.COMPANY_ANSWER_PREFIX + letter,
                    answers.get(letter)));
        }
    }

    /** The rows to move; a survey from before templates were recorded gets its CMRT row now. */
    private List<SurveyTemplate> rowsOf(SupplierSurvey survey) {
        List<SurveyTemplate> rows = templates.findBySurveyIdOrderByIdAsc(survey.getId());
        if (!rows.isEmpty()) {
            return rows;
        }
        SupplierSurvey managed = surveys.getReferenceById(survey.getId());
        return List.of(templates.save(new SurveyTemplate(managed, SurveyTemplate.CMRT, null, clock.instant())));
    }
}
