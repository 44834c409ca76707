package org.mineraldiligence.escalation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mineraldiligence.web.PublicBaseUrl;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierContact;
import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.SubmissionFindings;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyTemplates;
import org.mineraldiligence.survey.SurveyVariables;
import org.mineraldiligence.web.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person needs on a survey's or an escalation's task to act without looking anything up: the
 * supplier, its contact (name, e-mail, phone), the deadline it is held to, the reminders sent, the verdict
 * of its latest CMRT with the main findings, and links to the supplier page and the survey. Written when the
 * task is created into the task's own variable {@value #VARIABLE}, which the forms show as Markdown. No
 * form declares it, so no completion can write it (the task write guard refuses undeclared variables).
 */
@Component
class TaskContext {

    static final String VARIABLE = SurveyVariables.TASK_CONTEXT;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** An address plain enough to be a mailto link in Markdown (no brackets, parentheses or spaces). */
    private static final Pattern PLAIN_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private final SupplierSurveyRepository surveys;
    private final SupplierDossier dossier;
    private final PublicBaseUrl baseUrl;
    private final SurveyTemplates templates;

    TaskContext(SupplierSurveyRepository surveys, SupplierDossier dossier,
                PublicBaseUrl baseUrl, SurveyTemplates templates) {
        this.templates = templates;
        this.surveys = surveys;
        this.dossier = dossier;
        this.baseUrl = baseUrl;
    }

    /** The task listener: only the tasks of a supplier's survey (and its escalation) carry a survey id. */
    @Transactional
    public void write(DelegateTask task) {
        if (task.getVariable(SurveyVariables.SURVEY_ID) == null) {
            return;
        }
        SupplierSurvey survey = SurveyVariables.survey(task.getExecution(), surveys);
        task.setVariableLocal(VARIABLE, describe(dossier.fileOf(survey), task.getTaskDefinitionKey(), task));
    }

    String describe(SupplierDossier.SurveyFile file, String taskKey, DelegateTask task) {
        SupplierSurvey survey = file.survey();
        Supplier supplier = survey.getSupplier();
        String name = PlainText.forMarkdown(supplier.getName());
        StringBuilder text = new StringBuilder("### ").append(heading(taskKey, name, file, task)).append("\n\n");
        if (templates.of(survey).size() > 1) {
            text.append("- **Templates asked:** ").append(templates.states(survey)).append('\n');
        }
        text.append("- **Supplier:** ").append(name).append(" (").append(PlainText.forMarkdown(supplier.getCode()))
                .append(supplier.getCountry() == null ? "" : ", " + PlainText.forMarkdown(supplier.getCountry())).append(")\n");
        text.append("- **Contact:** ").append(contact(supplier, !"Activity_AddSupplierContact".equals(taskKey))).append('\n');
        text.append("- **Commodity manager:** ").append(supplier.getCommodityManager() == null ? "none"
                : PlainText.forMarkdown(supplier.getCommodityManager())).append('\n');
        text.append("- **Response deadline:** ").append(DAY.format(file.deadline()))
                .append(file.deadlineAgreed() ? " (agreed with the supplier; the cycle's was "
                        + DAY.format(survey.getCycle().getResponseDeadline()) + ")" : " (the cycle's)").append('\n');
        text.append("- **Reminders sent:** ").append(file.remindersSent()).append(" of ").append(file.maxReminders())
                .append(file.lastReminder().map(last -> ", the last on " + day(last.createdAt())).orElse("")).append('\n');
        text.append("- **Latest CMRT:** ").append(latestCmrt(file)).append('\n');
        if ("Activity_DecideOnSupplier".equals(taskKey)) {
            text.append("- **Why it was escalated:** ").append(whyEscalated(file)).append('\n');
        }
        text.append("\n[Open the supplier page](").append(supplierPageUrl(supplier)).append(") · [Open the survey (")
                .append(PlainText.forMarkdown(survey.getBusinessKey())).append(")](").append(baseUrl.get()).append(survey.pagePath()).append(')');
        return text.toString();
    }

    String supplierPageUrl(Supplier supplier) {
        return baseUrl.get() + "/suppliers/" + URLEncoder.encode(supplier.getCode(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String heading(String taskKey, String name, SupplierDossier.SurveyFile file, DelegateTask task) {
        return switch (taskKey == null ? "" : taskKey) {
            case "Activity_ContactUnresponsiveSupplier" -> name + " has not sent its " + templates.outstanding(file.survey());
            case "Activity_AddSupplierContact" -> name + " has no usable contact address";
            case "Activity_ResolveInvalidCmrt" -> invalidHeading(name, file, task);
            case "Activity_AgreeRiskMitigation" -> "Smelter risks in the CMRT of " + name + ": " + risks(task);
            case "Activity_DecideOnSupplier" -> "Escalation: " + name;
            default -> name;
        };
    }

    /** "… sent an invalid EMRT (cobalt, mica), 2 so far": the template the task is about (the check step names it). */
    private String invalidHeading(String name, SupplierDossier.SurveyFile file, DelegateTask task) {
        Object concerned = task.getVariable(SurveyVariables.TEMPLATE_CONCERNED);
        String label = concerned == null ? "CMRT" : concerned.toString();
        return name + " sent an invalid " + label + ", " + templates.invalidReceived(file.survey(), label) + " so far";
    }

    /** Only the risks there are: no "0 high-risk smelter(s)". */
    private static String risks(DelegateTask task) {
        int high = count(task.getVariable(SurveyVariables.HIGH_RISK_SMELTERS));
        int unmatched = count(task.getVariable(SurveyVariables.UNMATCHED_SMELTERS));
        String highText = high == 0 ? null : high + " high-risk smelter" + (high == 1 ? "" : "s");
        String unmatchedText = unmatched == 0 ? null : unmatched + " declared name" + (unmatched == 1 ? "" : "s")
                + " not matched to the reference list";
        if (highText != null && unmatchedText != null) {
            return highText + " and " + unmatchedText;
        }
        return highText != null ? highText : unmatchedText != null ? unmatchedText : "none left to decide on";
    }

    private static int count(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static String contact(Supplier supplier, boolean withEmail) {
        Optional<SupplierContact> contact = supplier.primaryContact();
        if (contact.isEmpty()) {
            return "none on file";
        }
        SupplierContact person = contact.get();
        StringBuilder text = new StringBuilder(person.getName() == null ? "(no name)" : PlainText.forMarkdown(person.getName()));
        if (withEmail) {
            String email = person.getEmail();
            text.append(", ").append(PLAIN_EMAIL.matcher(email).matches()
                    ? "[" + email + "](mailto:" + email + ")" : PlainText.forMarkdown(email));
        }
        text.append(", phone ").append(person.getPhone() == null ? "not on file" : PlainText.forMarkdown(person.getPhone()));
        int others = supplier.getContacts().size() - 1;
        if (others > 0) {
            text.append(" (").append(others).append(" more on the supplier page)");
        }
        return text.toString();
    }

    private static String latestCmrt(SupplierDossier.SurveyFile file) {
        Optional<CmrtSubmission> latest = file.latest();
        if (latest.isEmpty()) {
            return "none received";
        }
        CmrtSubmission submission = latest.get();
        StringBuilder text = new StringBuilder(PlainText.forMarkdown(submission.getOriginalName())).append(", received ")
                .append(day(submission.getReceivedAt())).append(": **")
                .append(submission.getVerdict() == null ? "not checked yet" : submission.getVerdict().replace('_', ' ').toLowerCase(Locale.ROOT))
                .append("**");
        if (submission.getErrors() != null && submission.getErrors() > 0) {
            text.append(", ").append(submission.getErrors()).append(" error(s)");
        }
        if (submission.getWarnings() != null && submission.getWarnings() > 0) {
            text.append(", ").append(submission.getWarnings()).append(" warning(s)");
        }
        List<SubmissionFindings.Finding> main = file.latestErrors().stream().limit(SupplierDossier.MAIN_FINDINGS).toList();
        for (SubmissionFindings.Finding finding : main) {
            text.append("\n  - ").append(PlainText.forMarkdown(finding.problem()))
                    .append(finding.location().isEmpty() ? "" : " (" + PlainText.forMarkdown(finding.location()) + ")");
        }
        if (file.latestErrors().size() > main.size()) {
            text.append("\n  - and ").append(file.latestErrors().size() - main.size()).append(" more on the survey page");
        }
        return text.toString();
    }

    /** The commodity manager's reason, or the corrective action whose date passed. */
    private static String whyEscalated(SupplierDossier.SurveyFile file) {
        Optional<SupplierDossier.Decision> escalated = file.decisions().stream()
                .filter(decision -> "ESCALATE".equals(decision.record().choice())).reduce((a, b) -> b);
        if (escalated.isPresent()) {
            TaskDecisionText reason = new TaskDecisionText(escalated.get());
            return reason.who() + " at " + PlainText.forMarkdown(escalated.get().record().taskName()) + " on "
                    + day(escalated.get().record().decidedAt()) + ": " + reason.note();
        }
        return file.correctiveActions().stream().reduce((a, b) -> b)
                .map(action -> "the corrective action due " + DAY.format(action.getDueDate()) + " was not done in time")
                .orElse("see the history below");
    }

    /** A decision's author and note as Markdown-safe text. */
    private record TaskDecisionText(String who, String note) {
        TaskDecisionText(SupplierDossier.Decision decision) {
            this(decision.record().decidedBy() == null ? "unknown" : PlainText.forMarkdown(decision.record().decidedBy()),
                    decision.record().note() == null ? "no reason given"
                            : "\"" + PlainText.forMarkdown(decision.record().note().replaceAll("\\s+", " ")) + "\"");
        }
    }

    private static String day(java.time.Instant when) {
        return when == null ? "?" : DAY.format(when.atZone(ZoneId.systemDefault()));
    }
}
