package org.mineraldiligence.records;

import org.mineraldiligence.survey.TaskDecision;

import java.time.Clock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.mineraldiligence.survey.SubmissionFindings;
import org.mineraldiligence.web.SpreadsheetText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evidence an auditor asks for, as files a person opens without our application: per supplier survey
 * the workbooks exactly as received, their findings and smelter assessments (CSV), the e-mails sent
 * (.eml), every decision taken at a task, the corrective actions and executive decisions, and the process
 * tasks with who did them when. Written survey by survey into a stream ({@link EvidencePages} gives it a
 * temporary file), so a cycle of thousands of suppliers never sits in memory; a part that cannot be written
 * fails the whole package, naming its survey.
 */
@Component
class EvidencePackage {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build();

    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final TaskDecisions decisions;
    private final String mailFrom;
    private final Clock clock;

    EvidencePackage(JdbcTemplate jdbc, HistoryService history, TaskDecisions decisions,
                    @Value("${mineral-diligence.mail.from}") String mailFrom, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.history = history;
        this.decisions = decisions;
        this.mailFrom = mailFrom;
    }

    boolean cycleExists(long cycleId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reporting_cycle WHERE id = ?", Integer.class, cycleId) > 0;
    }

    boolean surveyExists(long surveyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM supplier_survey WHERE id = ?", Integer.class, surveyId) > 0;
    }

    void writeCycle(long cycleId, String requestedBy, OutputStream out) throws IOException {
        List<Long> surveys = jdbc.queryForList("SELECT id FROM supplier_survey WHERE cycle_id = ? ORDER BY id",
                Long.class, cycleId);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            text(zip, "README.txt", readme("reporting cycle " + cycleId, requestedBy));
            csv(zip, "surveys.csv", List.of("survey id", "business key", "supplier code", "supplier", "outcome",
                    "outcome note", "completed at", "folder"), jdbc.queryForList("""
                    SELECT s.id, s.business_key, p.code, p.name, s.outcome, s.outcome_note, s.completed_at
                    FROM supplier_survey s JOIN supplier p ON p.id = s.supplier_id WHERE s.cycle_id = ? ORDER BY s.id""",
                    cycleId).stream().map(row -> withFolder(row)).toList());
            for (long surveyId : surveys) {
                writeSurvey(zip, surveyId);
            }
        }
    }

    void writeSurvey(long surveyId, String requestedBy, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            text(zip, "README.txt", readme("supplier survey " + surveyId, requestedBy));
            writeSurvey(zip, surveyId);
        }
    }

    /** A part of the package that could not be written, naming the survey it belongs to. */
    static final class Failure extends IOException {
        Failure(String survey, Exception cause) {
            super("survey " + survey + ": " + cause, cause);
        }
    }

    private void writeSurvey(ZipOutputStream zip, long surveyId) throws IOException {
        Map<String, Object> survey = jdbc.queryForMap("""
                SELECT s.id, s.business_key, s.process_instance_id, s.outcome, s.outcome_note, s.program_strength,
                       s.training_completed_at, s.created_at, s.completed_at, p.code, p.name, p.country, s.supplier_id,
                       s.cycle_id, c.reporting_year
                FROM supplier_survey s JOIN supplier p ON p.id = s.supplier_id
                JOIN reporting_cycle c ON c.id = s.cycle_id WHERE s.id = ?""", surveyId);
        String businessKey = (String) survey.get("business_key");
        try {
            writeSurvey(zip, surveyId, survey, folderOf(businessKey));
        } catch (IOException | RuntimeException e) {
            throw new Failure(surveyId + " (" + businessKey + ")", e);
        }
    }

    private void writeSurvey(ZipOutputStream zip, long surveyId, Map<String, Object> survey, String folder)
            throws IOException {
        text(zip, folder + "survey.txt", """
                Supplier survey %s
                Supplier: %s (%s), %s
                Reporting year: %s
                Started: %s
                Completed: %s
                Outcome: %s
                Outcome note: %s
                Program strength: %s
                Training completed: %s
                """.formatted(survey.get("business_key"), survey.get("name"), survey.get("code"), survey.get("country"),
                survey.get("reporting_year"), readable(survey.get("created_at")), or(survey.get("completed_at"), "in progress"),
                or(survey.get("outcome"), "none yet"), or(survey.get("outcome_note"), ""),
                or(survey.get("program_strength"), "not assessed"), or(survey.get("training_completed_at"), "no")));
        writeSubmissions(zip, folder, surveyId);
        writeMessages(zip, folder, ((Number) survey.get("supplier_id")).longValue(),
                ((Number) survey.get("cycle_id")).longValue());
        csv(zip, folder + "decisions.csv", List.of("decided at", "decided by", "task", "choice", "note",
                "date given (new deadline, review date)"), decisions.forSurvey(surveyId).stream()
                .map(d -> Arrays.<Object>asList(d.decidedAt(), d.decidedBy(), d.taskName(), d.choice(), d.note(),
                        d.date())).toList());
        csv(zip, folder + "corrective-actions.csv", List.of("kind", "note sent to the supplier", "due date",
                "agreed by", "recorded at"), rows(jdbc.queryForList("""
                SELECT kind, note, due_date, decided_by, created_at FROM corrective_action
                WHERE survey_id = ? ORDER BY created_at, id""", surveyId)));
        csv(zip, folder + "executive-decisions.csv", List.of("decision", "rationale", "review date", "decided by",
                "decided at"), rows(jdbc.queryForList("""
                SELECT decision, rationale, review_date, decided_by, decided_at FROM executive_decision
                WHERE survey_id = ? ORDER BY decided_at, id""", surveyId)));
        writeTasks(zip, folder, (String) survey.get("process_instance_id"), (String) survey.get("business_key"));
    }

    private void writeSubmissions(ZipOutputStream zip, String folder, long surveyId) throws IOException {
        List<Map<String, Object>> submissions = jdbc.queryForList("""
                SELECT id, original_name, received_at, size_bytes, sha256, template_version, verdict, errors, warnings,
                       checked_at, check_json, workbook_id
                FROM cmrt_submission WHERE survey_id = ? ORDER BY received_at, id""", surveyId);
        csv(zip, folder + "submissions.csv", List.of("submission id", "file as received", "received at", "bytes",
                "sha256", "CMRT revision", "verdict", "errors", "warnings", "checked at", "workbook in this package"),
                submissions.stream().map(row -> Arrays.asList(row.get("id"), row.get("original_name"), row.get("received_at"),
                        row.get("size_bytes"), row.get("sha256"), row.get("template_version"),
                        or(row.get("verdict"), "not checked"), row.get("errors"), row.get("warnings"),
                        row.get("checked_at"), workbookName(row))).toList());
        for (Map<String, Object> submission : submissions) {
            long id = ((Number) submission.get("id")).longValue();
            byte[] content = jdbc.queryForObject("SELECT content FROM stored_workbook WHERE id = ?", byte[].class,
                    submission.get("workbook_id"));
            entry(zip, folder + "workbooks/" + workbookName(submission), content);
            csv(zip, folder + "findings/" + id + "-findings.csv", List.of("rule", "severity", "where", "what is wrong and how to fix it"),
                    SubmissionFindings.of((String) submission.get("check_json")).stream()
                            .map(f -> Arrays.<Object>asList(f.ruleId(), f.severity(), f.location(), f.message()))
                            .toList());
            csv(zip, folder + "smelters/" + id + "-smelters.csv", List.of("row", "metal", "declared name",
                    "declared country", "declared id", "match", "method", "confidence", "smelter id", "standard name",
                    "status", "risk", "risk reason"), rows(jdbc.queryForList("""
                    SELECT row_number, metal, declared_name, declared_country, declared_id, decision, method, confidence,
                           smelter_id, standard_name, status, risk_level, risk_reason
                    FROM smelter_assessment WHERE submission_id = ? ORDER BY row_number""", id)));
        }
    }

    private void writeMessages(ZipOutputStream zip, String folder, long supplierId, long cycleId) throws IOException {
        List<Map<String, Object>> messages = jdbc.queryForList("""
                SELECT id, template_name, recipients, subject, html_body, text_body, status, created_at, sent_at
                FROM outbound_message WHERE supplier_id = ? AND cycle_id = ? ORDER BY id""", supplierId, cycleId);
        csv(zip, folder + "messages.csv", List.of("message id", "template", "to", "subject", "status", "written at",
                "sent at", "file"), messages.stream().map(row -> Arrays.asList(row.get("id"), row.get("template_name"),
                        row.get("recipients"), row.get("subject"), row.get("status"), row.get("created_at"),
                        or(row.get("sent_at"), "not sent"), messageName(row))).toList());
        for (Map<String, Object> message : messages) {
            entry(zip, folder + "messages/" + messageName(message), eml(message));
        }
    }

    private void writeTasks(ZipOutputStream zip, String folder, String processInstanceId, String businessKey)
            throws IOException {
        List<HistoricTaskInstance> tasks = processInstanceId == null ? List.of()
                : history.createHistoricTaskInstanceQuery().rootProcessInstanceId(processInstanceId)
                        .orderByHistoricActivityInstanceStartTime().asc().list();
        Map<String, TaskDecision> decided = decisions.byTaskId(businessKey);
        csv(zip, folder + "tasks.csv", List.of("task", "assignee (who completed it)", "candidate group", "created",
                "ended", "how it ended", "choice (decisions.csv has the note)"), tasks.stream()
                .map(task -> Arrays.<Object>asList(task.getName(), task.getAssignee(), candidateGroupsOf(task),
                        task.getStartTime(), task.getEndTime() == null ? "open" : task.getEndTime(),
                        or(task.getDeleteReason(), task.getEndTime() == null ? "" : "completed"),
                        decided.containsKey(task.getId()) ? decided.get(task.getId()).choice() : null)).toList());
    }

    private String candidateGroupsOf(HistoricTaskInstance task) {
        return String.join(" ", history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("candidate")
                .list().stream().map(link -> link.getGroupId()).filter(group -> group != null).distinct().toList());
    }

    private byte[] eml(Map<String, Object> message) {
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()));
            mime.setFrom(new InternetAddress(mailFrom));
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO, (String) message.get("recipients"));
            mime.setSubject((String) message.get("subject"), "UTF-8");
            Object sent = message.get("sent_at") != null ? message.get("sent_at") : message.get("created_at");
            mime.setSentDate(Date.from(instantOf(sent)));
            MimeBodyPart text = new MimeBodyPart();
            text.setText((String) message.get("text_body"), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(message.get("html_body"), "text/html; charset=UTF-8");
            mime.setContent(new MimeMultipart("alternative", text, html));
            mime.saveChanges();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            mime.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("message " + message.get("id") + " cannot be written as .eml", e);
        }
    }

    private String readme(String what, String requestedBy) {
        return """
                Evidence package for %s
                Generated %s for %s by Mineral Diligence.

                Each folder is one supplier survey (named by its business key, e.g. RY2026_SUP-00042):
                  survey.txt        supplier, reporting year, outcome
                  submissions.csv   every CMRT received, with its SHA-256 and the checker's verdict
                  workbooks/        the workbooks exactly as the supplier uploaded them (id-name)
                  findings/         what the checker found in each workbook (CSV)
                  smelters/         each declared smelter: match to the reference list, status, risk (CSV)
                  messages.csv      every e-mail written to the supplier; messages/ holds each as .eml
                  decisions.csv     every decision taken at a task: when, who, which task, the choice, the note
                                    and the date given (a new deadline, a review date)
                  corrective-actions.csv   corrective actions asked of the supplier, with their due dates
                  executive-decisions.csv  the executive champions' decisions with rationale and review date
                  tasks.csv         the process tasks (Camunda history): who completed them, when, the choice
                CSV files are UTF-8 and open in any spreadsheet program; .eml files open in any mail program.
                """.formatted(what, clock.instant(), requestedBy);
    }

    /** A query's rows as CSV rows; columns may be NULL (an unlisted smelter has no id, a suspension no review date). */
    private static List<List<Object>> rows(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> (List<Object>) new ArrayList<>(row.values())).toList();
    }

    private static List<Object> withFolder(Map<String, Object> row) {
        List<Object> values = new ArrayList<>(row.values());
        values.add(folderOf((String) row.get("business_key")));
        return values;
    }

    static String folderOf(String businessKey) {
        return safe(businessKey) + "/";
    }

    private static String workbookName(Map<String, Object> submission) {
        return submission.get("id") + "-" + safe((String) submission.get("original_name"));
    }

    private static String messageName(Map<String, Object> message) {
        return message.get("id") + "-" + safe((String) message.get("template_name")) + ".eml";
    }

    /** A name that is one path segment on every system: supplier file names may hold anything. */
    private static String safe(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[ .]+", "").strip();
        return safe.isEmpty() ? "unnamed" : safe.length() > 120 ? safe.substring(0, 120) : safe;
    }

    private static Object or(Object value, Object fallback) {
        return value == null ? fallback : readable(value);
    }

    /** Text neutralised for spreadsheet programs; numbers and times as they are. */
    private static Object cell(Object value) {
        return value instanceof CharSequence text ? SpreadsheetText.neutralise(text.toString()) : readable(value);
    }

    /** Database and engine times as UTC instants, whichever type the driver returns for the column. */
    private static Object readable(Object value) {
        if (value instanceof Date date && !(value instanceof java.sql.Date)) {
            return date.toInstant();
        }
        return value instanceof OffsetDateTime ? instantOf(value) : value;
    }

    private static Instant instantOf(Object time) {
        return time instanceof OffsetDateTime offset ? offset.toInstant() : ((Date) time).toInstant();
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        entry(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void csv(ZipOutputStream zip, String name, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // The zip stream must stay open after the entry: the writer is flushed, never closed.
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // lets spreadsheet programs recognise UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(header);
        for (List<?> row : rows) {
            printer.printRecord(row.stream().map(EvidencePackage::cell).toList());
        }
        printer.flush();
        zip.closeEntry();
    }
}
