package org.mineraldiligence.escalation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.mineraldiligence.survey.TaskDecision;
import org.mineraldiligence.records.TaskDecisions;
import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.CorrectiveAction;
import org.mineraldiligence.survey.CorrectiveActionRepository;
import org.mineraldiligence.survey.SupplierSurvey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.mineraldiligence.web.PlainText;
import org.springframework.stereotype.Component;

/**
 * A short account of one supplier's survey for the executive champions: what we asked and how often,
 * what came back, what was agreed, and every decision taken at a task before, with its reason. Plain text with Markdown bullets, which the
 * Tasklist form renders.
 */
@Component
class SupplierHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());

    private final CmrtSubmissionRepository submissions;
    private final CorrectiveActionRepository correctiveActions;
    private final TaskDecisions taskDecisions;
    private final JdbcTemplate jdbc;

    SupplierHistory(CmrtSubmissionRepository submissions, CorrectiveActionRepository correctiveActions,
                    TaskDecisions taskDecisions, JdbcTemplate jdbc) {
        this.submissions = submissions;
        this.correctiveActions = correctiveActions;
        this.taskDecisions = taskDecisions;
        this.jdbc = jdbc;
    }

    String summarise(SupplierSurvey survey) {
        StringBuilder text = new StringBuilder();
        text.append("**Messages sent:** ").append(messagesSent(survey)).append("\n\n");
        List<CmrtSubmission> received = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId());
        text.append("**CMRTs received:** ").append(received.isEmpty() ? "none" : received.size()).append("\n\n");
        for (CmrtSubmission submission : received) {
            text.append("- ").append(DAY.format(submission.getReceivedAt())).append(": ")
                .append(PlainText.forMarkdown(submission.getOriginalName())).append(" — ")
                .append(submission.getVerdict() == null ? "not checked yet" : submission.getVerdict())
                .append(submission.getErrors() == null ? "" : ", " + submission.getErrors() + " error(s)")
                .append('\n');
        }
        List<CorrectiveAction> actions = correctiveActions.findBySurveyIdOrderByIdAsc(survey.getId());
        if (!actions.isEmpty()) {
            text.append("\n**Corrective actions:**\n");
            actions.forEach(action -> text.append("- ").append(action.getKind()).append(", due ")
                    .append(action.getDueDate()).append(": ").append(PlainText.forMarkdown(action.getNote())).append('\n'));
        }
        List<TaskDecision> earlier = taskDecisions.forSurvey(survey.getId());
        if (!earlier.isEmpty()) {
            text.append("\n**Decisions so far:**\n");
            earlier.forEach(decision -> text.append(line(decision)));
        }
        return text.toString();
    }

    /** One decision as a Markdown bullet: when, who, which task, the choice, a new date, the reason given. */
    private static String line(TaskDecision decision) {
        StringBuilder line = new StringBuilder("- ").append(DAY.format(decision.decidedAt())).append(", ")
                .append(decision.decidedBy() == null ? "unknown" : PlainText.forMarkdown(decision.decidedBy()))
                .append(", ").append(PlainText.forMarkdown(decision.taskName()));
        if (decision.choice() != null) {
            line.append(": ").append(PlainText.forMarkdown(decision.choice()));
        }
        if (decision.date() != null) {
            line.append(", until ").append(decision.date());
        }
        if (decision.note() != null) {
            line.append(" — ").append(PlainText.forMarkdown(decision.note().replaceAll("\\s+", " ")));
        }
        return line.append('\n').toString();
    }

    private String messagesSent(SupplierSurvey survey) {
        List<String> counts = jdbc.query("""
                SELECT template_name, COUNT(*) AS n FROM outbound_message
                WHERE supplier_id = ? AND cycle_id = ? GROUP BY template_name ORDER BY template_name""",
                (row, i) -> row.getInt("n") + " × " + row.getString("template_name"),
                survey.getSupplier().getId(), survey.getCycle().getId());
        return counts.isEmpty() ? "none" : String.join(", ", counts);
    }

}
