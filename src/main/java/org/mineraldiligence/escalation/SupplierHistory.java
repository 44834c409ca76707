package org.mineraldiligence.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CorrectiveAction;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.TaskDecision;
import org.mineraldiligence.web.PlainText;
import org.springframework.stereotype.Component;

/**
 * The account of one supplier's survey for the executive champions: every message we sent (by its readable
 * name, "Reminder 2 of 3"), what came back, what was agreed, and every decision taken at a task before, with
 * the option chosen as the form named it and the reason given. Markdown bullets, which the Tasklist form renders.
 */
@Component
class SupplierHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SupplierDossier dossier;

    SupplierHistory(SupplierDossier dossier) {
        this.dossier = dossier;
    }

    String summarise(SupplierSurvey survey) {
        SupplierDossier.SurveyFile file = dossier.fileOf(survey);
        StringBuilder text = new StringBuilder();
        text.append("**Messages sent:** ").append(file.messages().isEmpty() ? "none" : file.messages().size()).append("\n\n");
        file.messages().forEach(message -> text.append("- ").append(day(message.createdAt())).append(": ")
                .append(message.name()).append('\n'));
        List<CmrtSubmission> received = file.submissions();
        text.append("\n**CMRTs received:** ").append(received.isEmpty() ? "none" : received.size()).append("\n\n");
        for (CmrtSubmission submission : received) {
            text.append("- ").append(day(submission.getReceivedAt())).append(": ")
                .append(PlainText.forMarkdown(submission.getOriginalName())).append(" — ")
                .append(submission.getVerdict() == null ? "not checked yet" : submission.getVerdict())
                .append(submission.getErrors() == null ? "" : ", " + submission.getErrors() + " error(s)")
                .append('\n');
        }
        List<CorrectiveAction> actions = file.correctiveActions();
        if (!actions.isEmpty()) {
            text.append("\n**Corrective actions:**\n\n");
            actions.forEach(action -> text.append("- ").append(kind(action.getKind())).append(", due ")
                    .append(DAY.format(action.getDueDate())).append(": ").append(PlainText.forMarkdown(action.getNote())).append('\n'));
        }
        if (!file.decisions().isEmpty()) {
            text.append("\n**Decisions so far:**\n\n");
            file.decisions().forEach(decision -> text.append(line(decision)));
        }
        return text.toString();
    }

    /** One decision as a Markdown bullet: when, who, which task, the option chosen, a new date, the reason given. */
    private static String line(SupplierDossier.Decision taken) {
        TaskDecision decision = taken.record();
        StringBuilder line = new StringBuilder("- ").append(day(decision.decidedAt())).append(", ")
                .append(decision.decidedBy() == null ? "unknown" : PlainText.forMarkdown(decision.decidedBy()))
                .append(", ").append(PlainText.forMarkdown(decision.taskName()));
        if (taken.choiceLabel() != null) {
            line.append(": **").append(PlainText.forMarkdown(taken.choiceLabel())).append("**");
        }
        if (decision.date() != null) {
            line.append(", until ").append(DAY.format(decision.date()));
        }
        if (decision.note() != null) {
            line.append(" — ").append(PlainText.forMarkdown(decision.note().replaceAll("\\s+", " ")));
        }
        return line.append('\n').toString();
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "PRODUCT_CMRT" -> "Product-level CMRT";
            case "REMOVE_SMELTER" -> "Remove or identify smelters";
            default -> PlainText.forMarkdown(kind);
        };
    }

    private static String day(Instant when) {
        return when == null ? "?" : DAY.format(when.atZone(ZoneId.systemDefault()));
    }
}
