package org.mineraldiligence.records;

import org.mineraldiligence.engine.AnonymousProcess;
import org.mineraldiligence.engine.CurrentUser;
import org.mineraldiligence.survey.TaskDecisionLog;

import org.mineraldiligence.survey.TaskDecision;

import java.time.Clock;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Every human decision taken at a user task, kept in our own table ({@code task_decision}): written by
 * {@link TaskDecisionRecording} in the transaction that completes the task, read by the survey page, the
 * evidence package and the executive champions' account of a supplier.
 */
@Component
public class TaskDecisions implements TaskDecisionLog {

    private static final RowMapper<TaskDecision> ROW = (row, i) -> new TaskDecision(row.getString("task_key"),
            row.getString("task_name"), row.getString("decided_by"), instantOf(row.getObject("decided_at")),
            row.getString("choice"), row.getString("note"),
            row.getDate("decided_date") == null ? null : row.getDate("decided_date").toLocalDate());

    private final JdbcTemplate jdbc;
    private final TaskForms forms;
    private final Clock clock;
    /** Processes whose decisions keep only the day and the choice (the grievance's texts live in its own record). */
    private final Set<String> anonymous;

    TaskDecisions(JdbcTemplate jdbc, TaskForms forms, Clock clock, List<AnonymousProcess> anonymous) {
        this.clock = clock;
        this.anonymous = anonymous.stream().map(AnonymousProcess::processDefinitionKey).collect(Collectors.toSet());
        this.jdbc = jdbc;
        this.forms = forms;
    }

    /** The decisions taken in a supplier's survey (its escalations included), oldest first. */
    @Override
    public List<TaskDecision> forSurvey(long surveyId) {
        return jdbc.query("""
                SELECT d.* FROM task_decision d JOIN supplier_survey s ON s.business_key = d.business_key
                WHERE s.id = ? ORDER BY d.decided_at, d.id""", ROW, surveyId);
    }

    /** The decisions of every task of the instances with this business key, by task id. */
    Map<String, TaskDecision> byTaskId(String businessKey) {
        Map<String, TaskDecision> decisions = new HashMap<>();
        jdbc.query("SELECT * FROM task_decision WHERE business_key = ?",
                row -> {
                    decisions.put(row.getString("task_id"), ROW.mapRow(row, 0));
                }, businessKey);
        return decisions;
    }

    /**
     * Records the completion of {@code task}, whose form is {@code formId}: the values of the fields the form
     * showed, read from the task's scope (Tasklist fills each field with the variable's value, so what is
     * there at completion is what the form submitted).
     */
    void record(DelegateTask task, String formId) {
        List<TaskForms.Field> declared = forms.fieldsOf(formId);
        Map<String, Object> values = new HashMap<>();
        declared.forEach(field -> values.put(field.key(), task.getVariable(field.key())));
        List<TaskForms.Field> shown = declared.stream().filter(field -> field.shownFor(values)).toList();

        TaskForms.Field choiceField = shown.stream().filter(field -> field.type().equals("radio")).findFirst()
                .or(() -> shown.stream().filter(field -> field.type().equals("checkbox")).findFirst()).orElse(null);
        String choice = choiceField == null ? null : text(values.get(choiceField.key()));
        LocalDate date = shown.stream().filter(field -> field.type().equals("datetime"))
                .map(field -> dateOf(values.get(field.key()))).filter(d -> d != null).findFirst().orElse(null);
        List<String> notes = new ArrayList<>();
        for (TaskForms.Field field : shown) {
            String value = text(values.get(field.key()));
            if (value == null || field == choiceField || field.type().equals("datetime")) {
                continue;
            }
            notes.add(field.type().equals("textarea") ? value : field.label() + ": " + value);
        }
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        String processKey = execution.getProcessDefinition().getKey();
        Instant decidedAt = clock.instant();
        if (anonymous.contains(processKey)) {
            decidedAt = decidedAt.truncatedTo(ChronoUnit.DAYS);
            notes.clear();
        }
        jdbc.update("""
                INSERT INTO task_decision (business_key, process_key, process_instance_id, task_id, task_key, task_name,
                    decided_by, decided_at, choice, note, decided_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                execution.getProcessBusinessKey(), processKey,
                task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(), task.getName(),
                whoCompleted(task), Timestamp.from(decidedAt), choice,
                notes.isEmpty() ? null : notes.stream().collect(Collectors.joining("\n")),
                date == null ? null : Date.valueOf(date));
    }

    /** The user the engine runs the completion as (Tasklist's or the REST caller's log-in), else the assignee. */
    private static String whoCompleted(DelegateTask task) {
        String user = CurrentUser.idOf(task.getProcessEngineServices().getIdentityService());
        return user != null ? user : task.getAssignee();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** Camunda Forms send dates as ISO text (2026-07-31, or with a time); the day is what counts. */
    private static LocalDate dateOf(Object value) {
        String text = value == null ? "" : value.toString();
        try {
            return text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instantOf(Object time) {
        return time instanceof OffsetDateTime offset ? offset.toInstant() : ((Timestamp) time).toInstant();
    }
}
