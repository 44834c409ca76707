package org.mineraldiligence.records;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mineraldiligence.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes our records once the retention has passed, as Camunda's history cleanup does for the engine's:
 * CMRT workbooks with their submissions, findings and smelter assessments, corrective actions, executive
 * decisions and task decisions of surveys completed longer ago than the retention; the task decisions of
 * cycles closed longer ago; messages sent longer ago; grievances
 * closed longer ago, with their task decisions. Nothing of a cycle that is still open is touched. The log and the audit trail say
 * what went (counts and ids), never what it said.
 *
 * <p>The survey and cycle rows themselves stay, as the index of who was surveyed when and with which
 * outcome. Every node of a cluster may run the purge: deleting what is already gone deletes nothing.
 */
@Component
public class RecordsPurge {

    private static final Logger log = LoggerFactory.getLogger(RecordsPurge.class);
    /** Ids per statement: keeps IN lists well under every database's limit and transactions short. */
    private static final int CHUNK = 200;

    /** Table → ids removed from it, in the order they were removed. */
    public record Removed(Instant cutoff, Map<String, List<Long>> ids) {

        public int count(String table) {
            return ids.getOrDefault(table, List.of()).size();
        }

        public boolean isEmpty() {
            return ids.values().stream().allMatch(List::isEmpty);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Duration retention;
    private final Clock clock;

    RecordsPurge(JdbcTemplate jdbc, TransactionTemplate transaction, AuditTrail audit,
                 @Value("${mineral-diligence.records.retention}") String retention, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.retention = Duration.parse(retention);
    }

    /** Nightly, before Camunda's history cleanup window closes; the time is configurable. */
    @Scheduled(cron = "${mineral-diligence.records.purge-cron:0 30 0 * * *}")
    public void purgeExpired() {
        purge(clock.instant());
    }

    /** Purges what has been kept longer than the retention at {@code now}. */
    public Removed purge(Instant now) {
        Instant cutoff = now.minus(retention);
        Timestamp before = Timestamp.from(cutoff);
        Map<String, List<Long>> removed = new LinkedHashMap<>();
        for (String table : List.of("smelter_assessment", "cmrt_submission", "stored_workbook", "corrective_action",
                "executive_decision", "task_decision", "outbound_message", "grievance_entry", "grievance_attachment", "grievance")) {
            removed.put(table, new ArrayList<>());
        }
        List<Long> surveys = jdbc.queryForList("""
                SELECT s.id FROM supplier_survey s JOIN reporting_cycle c ON c.id = s.cycle_id
                WHERE c.status = 'CLOSED' AND COALESCE(s.completed_at, c.closed_at) < ?
                  AND (EXISTS (SELECT 1 FROM cmrt_submission x WHERE x.survey_id = s.id)
                    OR EXISTS (SELECT 1 FROM corrective_action x WHERE x.survey_id = s.id)
                    OR EXISTS (SELECT 1 FROM executive_decision x WHERE x.survey_id = s.id)
                    OR EXISTS (SELECT 1 FROM task_decision x WHERE x.business_key = s.business_key))
                ORDER BY s.id""", Long.class, before);
        inChunks(surveys, chunk -> purgeSurveys(chunk, removed));
        // A cycle's own decisions (confirm scope, review results) go with the cycle, five years after it closed.
        List<String> closedCycles = jdbc.queryForList(
                "SELECT reporting_year FROM reporting_cycle WHERE status = 'CLOSED' AND closed_at < ? ORDER BY id",
                Integer.class, before).stream().map(year -> "RY" + year).toList();
        if (!closedCycles.isEmpty()) {
            transaction.executeWithoutResult(status -> removed.get("task_decision").addAll(deleteWhere("task_decision",
                    "business_key IN (" + placeholders(closedCycles) + ")", closedCycles)));
        }
        inChunks(jdbc.queryForList("""
                SELECT m.id FROM outbound_message m LEFT JOIN reporting_cycle c ON c.id = m.cycle_id
                WHERE m.created_at < ? AND m.status NOT IN ('QUEUED', 'SENDING')
                  AND (m.cycle_id IS NULL OR c.status = 'CLOSED')
                ORDER BY m.id""", Long.class, before),
                chunk -> removed.get("outbound_message").addAll(delete("outbound_message", "id", chunk)));
        inChunks(jdbc.queryForList("SELECT id FROM grievance WHERE status = 'ANSWERED' AND closed_at < ? ORDER BY id",
                Long.class, before), chunk -> purgeGrievances(chunk, removed));
        Removed result = new Removed(cutoff, Collections.unmodifiableMap(removed));
        report(result);
        return result;
    }

    private void purgeSurveys(List<Long> surveyIds, Map<String, List<Long>> removed) {
        List<Map<String, Object>> submissions = jdbc.queryForList(
                "SELECT id, workbook_id FROM cmrt_submission WHERE survey_id IN (" + placeholders(surveyIds) + ")",
                surveyIds.toArray());
        List<Long> submissionIds = submissions.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
        List<Long> workbookIds = submissions.stream().map(row -> ((Number) row.get("workbook_id")).longValue()).toList();
        removed.get("smelter_assessment").addAll(delete("smelter_assessment", "submission_id", submissionIds));
        removed.get("cmrt_submission").addAll(delete("cmrt_submission", "id", submissionIds));
        removed.get("stored_workbook").addAll(delete("stored_workbook", "id", workbookIds));
        removed.get("corrective_action").addAll(delete("corrective_action", "survey_id", surveyIds));
        removed.get("executive_decision").addAll(delete("executive_decision", "survey_id", surveyIds));
        // The survey's task decisions and those of its escalations, which share its business key.
        removed.get("task_decision").addAll(deleteWhere("task_decision",
                "business_key IN (SELECT business_key FROM supplier_survey WHERE id IN (" + placeholders(surveyIds) + "))",
                surveyIds));
    }

    private void purgeGrievances(List<Long> grievanceIds, Map<String, List<Long>> removed) {
        removed.get("task_decision").addAll(deleteWhere("task_decision",
                "business_key IN (SELECT reference FROM grievance WHERE id IN (" + placeholders(grievanceIds) + "))",
                grievanceIds));
        removed.get("grievance_entry").addAll(delete("grievance_entry", "grievance_id", grievanceIds));
        removed.get("grievance_attachment").addAll(delete("grievance_attachment", "grievance_id", grievanceIds));
        removed.get("grievance").addAll(delete("grievance", "id", grievanceIds));
    }

    /** Deletes the rows whose {@code column} is one of {@code values}; returns the ids of the rows deleted. */
    private List<Long> delete(String table, String column, List<Long> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        String in = " WHERE " + column + " IN (" + placeholders(values) + ")";
        List<Long> ids = jdbc.queryForList("SELECT id FROM " + table + in + " ORDER BY id", Long.class, values.toArray());
        jdbc.update("DELETE FROM " + table + in, values.toArray());
        return ids;
    }

    /** Deletes the rows matching {@code condition}; returns the ids of the rows deleted. */
    private List<Long> deleteWhere(String table, String condition, List<?> values) {
        String where = " WHERE " + condition;
        List<Long> ids = jdbc.queryForList("SELECT id FROM " + table + where + " ORDER BY id", Long.class, values.toArray());
        if (!ids.isEmpty()) {
            jdbc.update("DELETE FROM " + table + where, values.toArray());
        }
        return ids;
    }

    /** One transaction per chunk: a failure stops the purge without undoing what earlier chunks removed. */
    private void inChunks(List<Long> ids, java.util.function.Consumer<List<Long>> work) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            transaction.executeWithoutResult(status -> work.accept(chunk));
        }
    }

    private void report(Removed result) {
        if (result.isEmpty()) {
            log.info("Records purge: nothing older than {} to remove", result.cutoff());
            return;
        }
        result.ids().forEach((table, ids) -> {
            if (!ids.isEmpty()) {
                log.info("Records purge: removed {} {} row(s) older than {}: ids {}", ids.size(), table, result.cutoff(), ids);
            }
        });
        Map<String, Integer> counts = result.ids().entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().size(), (a, b) -> a,
                        LinkedHashMap::new));
        transaction.executeWithoutResult(status -> audit.record(null, "RECORDS_PURGED", "retention",
                LocalDate.ofInstant(result.cutoff(), ZoneOffset.UTC), null, counts));
    }

    private static String placeholders(List<?> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }
}
