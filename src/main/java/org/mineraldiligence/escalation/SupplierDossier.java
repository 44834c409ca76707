package org.mineraldiligence.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mineraldiligence.audit.AuditEntry;
import org.mineraldiligence.audit.AuditTrail;

import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.CorrectiveAction;
import org.mineraldiligence.survey.CorrectiveActionRepository;
import org.mineraldiligence.survey.EscalationDecisions;
import org.mineraldiligence.survey.SubmissionFindings;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyInterventions;
import org.mineraldiligence.survey.TaskDecision;
import org.mineraldiligence.survey.TaskDecisionLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything we know of one supplier's surveys, cycle by cycle: the deadline it is held to, the e-mails
 * sent (by readable name), the CMRTs received and their verdicts, every decision taken at a task, corrective
 * actions and the executives' decisions. The supplier page shows it, the Tasklist forms and the executive
 * champions' account of a supplier take their facts from it.
 */
@Component
class SupplierDossier {

    /** The errors a form or a summary names of the latest CMRT; the supplier page lists them all. */
    static final int MAIN_FINDINGS = 3;

    private static final Map<String, String> QUEUE_ACTIONS = Map.of(SurveyInterventions.REMINDED, "Reminder sent by hand",
            SurveyInterventions.DEADLINE_EXTENDED, "Deadline extended", SurveyInterventions.REASSIGNED, "Reassigned");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One e-mail of the outbox about this supplier in this cycle. */
    record Message(String name, String recipients, String subject, String status, Instant createdAt, Instant sentAt) {
    }

    /** One decision at a task, with the label of the option chosen as the form showed it. */
    record Decision(TaskDecision record, String choiceLabel) {
    }

    /** One action taken on the survey from the supplier list (reminder, deadline, reassignment), from the audit trail. */
    record QueueAction(Instant at, String by, String what, String detail) {
    }

    /** One cycle's survey of the supplier. */
    record SurveyFile(SupplierSurvey survey, LocalDate deadline, boolean deadlineAgreed, List<Message> messages,
                      int remindersSent, int maxReminders, List<CmrtSubmission> submissions,
                      List<SubmissionFindings.Finding> latestErrors, List<Decision> decisions,
                      List<CorrectiveAction> correctiveActions, List<EscalationDecisions.Decision> executiveDecisions,
                      List<QueueAction> queueActions) {

        Optional<CmrtSubmission> latest() {
            return submissions.stream().findFirst();
        }

        Optional<Message> lastReminder() {
            return messages.stream().filter(message -> message.name().startsWith("Reminder ")).reduce((a, b) -> b);
        }
    }

    private final SupplierSurveyRepository surveys;
    private final CmrtSubmissionRepository submissions;
    private final CorrectiveActionRepository correctiveActions;
    private final TaskDecisionLog taskDecisions;
    private final EscalationDecisions executiveDecisions;
    private final ChoiceNames choices;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    SupplierDossier(SupplierSurveyRepository surveys, CmrtSubmissionRepository submissions,
                    CorrectiveActionRepository correctiveActions, TaskDecisionLog taskDecisions,
                    EscalationDecisions executiveDecisions, ChoiceNames choices, JdbcTemplate jdbc, AuditTrail audit) {
        this.audit = audit;
        this.surveys = surveys;
        this.submissions = submissions;
        this.correctiveActions = correctiveActions;
        this.taskDecisions = taskDecisions;
        this.executiveDecisions = executiveDecisions;
        this.choices = choices;
        this.jdbc = jdbc;
    }

    /** The supplier's surveys, the latest cycle's first. */
    @Transactional(readOnly = true)
    public List<SurveyFile> of(long supplierId) {
        return surveys.findBySupplierLatestFirst(supplierId).stream().map(this::fileOf).toList();
    }

    @Transactional(readOnly = true)
    public SurveyFile fileOf(SupplierSurvey survey) {
        int maxReminders = survey.getCycle().policy().maxReminders();
        List<Message> messages = messages(survey, maxReminders);
        List<CmrtSubmission> received = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId());
        List<SubmissionFindings.Finding> errors = received.isEmpty() || received.get(0).getCheckJson() == null ? List.of()
                : SubmissionFindings.of(received.get(0).getCheckJson()).stream().filter(SubmissionFindings.Finding::isError).toList();
        List<Decision> decisions = taskDecisions.forSurvey(survey.getId()).stream()
                .map(decision -> new Decision(decision, choices.of(decision.taskKey(), decision.choice()))).toList();
        int reminders = (int) messages.stream().filter(message -> message.name().startsWith("Reminder ")).count();
        return new SurveyFile(survey, survey.getDeadline(), !survey.getDeadline().equals(survey.getCycle().getResponseDeadline()),
                messages, reminders, maxReminders, received, errors, decisions,
                correctiveActions.findBySurveyIdOrderByIdAsc(survey.getId()), executiveDecisions.on(survey.getId()),
                queueActions(survey));
    }

    private List<QueueAction> queueActions(SupplierSurvey survey) {
        return audit.historyOf(SurveyInterventions.SUBJECT, survey.getId()).stream()
                .filter(entry -> QUEUE_ACTIONS.containsKey(entry.getAction()))
                .map(entry -> new QueueAction(entry.getRecordedAt(), entry.getActor(), QUEUE_ACTIONS.get(entry.getAction()),
                        detailOf(entry)))
                .toList();
    }

    /** The audit entry's before and after as a line ("deadline: 2026-05-31 → 2026-06-30"). */
    private static String detailOf(AuditEntry entry) {
        JsonNode before = json(entry.getBefore());
        JsonNode after = json(entry.getAfter());
        List<String> parts = new ArrayList<>();
        after.fieldNames().forEachRemaining(field -> {
            JsonNode was = before.get(field);
            String now = after.get(field).isArray() ? String.join(", ", textsOf(after.get(field))) : after.get(field).asText();
            parts.add(field.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT) + ": "
                    + (was == null ? now : was.asText() + " → " + now));
        });
        return String.join("; ", parts);
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts.isEmpty() ? List.of("none") : texts;
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private List<Message> messages(SupplierSurvey survey, int maxReminders) {
        List<Message> messages = new ArrayList<>();
        int[] reminders = {0};
        jdbc.query("""
                SELECT template_name, recipients, subject, status, created_at, sent_at FROM outbound_message
                WHERE supplier_id = ? AND cycle_id = ? ORDER BY created_at, id""",
                row -> {
                    String template = row.getString("template_name");
                    int number = "reminder".equals(template) ? ++reminders[0] : 0;
                    messages.add(new Message(MessageNames.of(template, number, maxReminders), row.getString("recipients"),
                            row.getString("subject"), row.getString("status"), instantOf(row.getObject("created_at")),
                            instantOf(row.getObject("sent_at"))));
                }, survey.getSupplier().getId(), survey.getCycle().getId());
        return messages;
    }

    private static Instant instantOf(Object time) {
        if (time == null) {
            return null;
        }
        return time instanceof OffsetDateTime offset ? offset.toInstant() : ((Timestamp) time).toInstant();
    }
}
