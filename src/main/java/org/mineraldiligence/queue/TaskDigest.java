package org.mineraldiligence.queue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.mineraldiligence.mail.MailOutbox;
import org.mineraldiligence.mail.MailRequest;
import org.mineraldiligence.web.PublicBaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people that user tasks arrived for them: one e-mail per person per interval at most (a day by
 * default), listing the tasks assigned to them or offered to one of their groups (and not taken by a
 * colleague) that were created since the last digest, each with its link into Tasklist. Addresses are the
 * Camunda users' e-mail addresses. The digest goes through the outbox like every other e-mail; its key names
 * the person and the point up to which they were told, so two nodes checking at once write it once.
 */
@Component
public class TaskDigest {

    private static final Logger log = LoggerFactory.getLogger(TaskDigest.class);

    /** One line of the digest. */
    public record Entry(String name, String url, LocalDateTime created, LocalDateTime due) {
    }

    private final IdentityService identity;
    private final TaskService tasks;
    private final MailOutbox outbox;
    private final PublicBaseUrl baseUrl;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration interval;

    TaskDigest(IdentityService identity, TaskService tasks, MailOutbox outbox, PublicBaseUrl baseUrl, JdbcTemplate jdbc,
               TransactionTemplate transaction, Clock clock,
               @Value("${mineral-diligence.task-digest.interval:P1D}") Duration interval) {
        this.identity = identity;
        this.tasks = tasks;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.interval = interval;
    }

    /** Writes the digests that are due now; returns how many. */
    @Scheduled(fixedDelayString = "${mineral-diligence.task-digest.poll-interval:PT15M}",
               initialDelayString = "${mineral-diligence.task-digest.poll-interval:PT15M}")
    public int sendDue() {
        int written = 0;
        for (User user : identity.createUserQuery().orderByUserId().asc().list()) {
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> sendTo(user)))) {
                    written++;
                }
            } catch (DataIntegrityViolationException e) {
                // Another node wrote this person's digest at the same moment.
                log.info("Task digest for {} written by another node", user.getId());
            } catch (RuntimeException e) {
                // One person's malformed address must not keep the others from their digest.
                log.warn("Task digest for {} not written: {}", user.getId(), e.getMessage());
            }
        }
        return written;
    }

    private boolean sendTo(User user) {
        Instant now = clock.instant();
        List<Map<String, Object>> state = jdbc.queryForList(
                "SELECT last_sent_at, told_up_to FROM task_digest WHERE user_id = ?", user.getId());
        Instant lastSent = state.isEmpty() ? null : instant(state.get(0).get("last_sent_at"));
        Instant toldUpTo = state.isEmpty() ? null : instant(state.get(0).get("told_up_to"));
        if (lastSent != null && now.isBefore(lastSent.plus(interval))) {
            return false;
        }
        TaskQuery query = tasks.createTaskQuery().taskCandidateUser(user.getId()).includeAssignedTasks().active();
        if (toldUpTo != null) {
            query.taskCreatedAfter(Date.from(toldUpTo));
        }
        List<Task> found = query.list();
        List<Entry> arrived = found.stream()
                // Offered to a group, but a colleague has taken it: not this person's to do.
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(user.getId()))
                .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Task::getCreateTime))
                .map(this::entryOf)
                .toList();
        if (arrived.isEmpty()) {
            return false;
        }
        // Told up to the newest task seen, not up to "now": a task created while this ran is in the next one.
        Instant newest = found.stream().map(task -> task.getCreateTime().toInstant()).max(Comparator.naturalOrder())
                .orElse(now);
        String key = "task-digest:" + user.getId() + ":" + (toldUpTo == null ? "first" : toldUpTo.toEpochMilli());
        outbox.queue(new MailRequest("task-digest", List.of(user.getEmail()), Map.of(
                "personName", displayName(user), "tasks", arrived,
                "tasklistUrl", baseUrl.of("/camunda/app/tasklist/default/")), null, null, null, null, null, key));
        if (state.isEmpty()) {
            jdbc.update("INSERT INTO task_digest (user_id, last_sent_at, told_up_to) VALUES (?, ?, ?)",
                    user.getId(), Timestamp.from(now), Timestamp.from(newest));
        } else {
            jdbc.update("UPDATE task_digest SET last_sent_at = ?, told_up_to = ? WHERE user_id = ?",
                    Timestamp.from(now), Timestamp.from(newest), user.getId());
        }
        log.info("Task digest for {}: {} task(s)", user.getId(), arrived.size());
        return true;
    }

    private Entry entryOf(Task task) {
        return new Entry(task.getName(), baseUrl.of("/camunda/app/tasklist/default/#/?task=" + task.getId()),
                local(task.getCreateTime()), task.getDueDate() == null ? null : local(task.getDueDate()));
    }

    private LocalDateTime local(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
