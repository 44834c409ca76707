package org.mineraldiligence.report;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a cycle's rows straight into the tables, as the survey steps would have left them, so dashboard
 * and report tests know every number. Codes are unique per run because tests share one database.
 */
@Component
class CycleData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcTemplate jdbc;

    CycleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long cycle(int year) {
        return insert("INSERT INTO reporting_cycle (reporting_year, response_deadline, reminder_interval_days,"
                + " max_reminders, max_invalid_attempts, escalation_grace_days, min_cmrt_revision, status)"
                + " VALUES (?, ?, 7, 3, 3, 14, '6.01', 'OPEN')", year, java.sql.Date.valueOf(LocalDate.of(year + 1, 5, 1)));
    }

    long supplier(String name, long spend) {
        String code = "T-" + SEQUENCE.incrementAndGet();
        return insert("INSERT INTO supplier (code, name, country, annual_spend, currency, direct) VALUES (?, ?, ?, ?, 'USD', TRUE)",
                code, name, "Germany", BigDecimal.valueOf(spend));
    }

    /** @param outcome null while running; program STRONG, WEAK or null */
    long survey(long cycleId, long supplierId, String outcome, String program, boolean trained) {
        return insert("INSERT INTO supplier_survey (cycle_id, supplier_id, business_key, process_instance_id, outcome,"
                + " program_strength, training_completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                cycleId, supplierId, "RYT/" + SEQUENCE.incrementAndGet(), "pi-" + SEQUENCE.get(), outcome, program,
                trained ? Timestamp.from(Instant.now()) : null);
    }

    /** A checked workbook; {@code scope} A, B or C, {@code answers} per metal label Q1..Q8. */
    long submission(long surveyId, String verdict, String scope, Map<String, Map<String, String>> answers) {
        long workbook = insert("INSERT INTO stored_workbook (sha256, content) VALUES ('x', ?)", (Object) new byte[] {1});
        StringBuilder json = new StringBuilder("{\"declarationScope\":\"" + scope + "\",\"metals\":{");
        String metals = answers.entrySet().stream().map(metal -> "\"" + metal.getKey() + "\":{\"inScope\":true,\"answers\":{"
                + metal.getValue().entrySet().stream().map(a -> "\"" + a.getKey() + "\":\"" + a.getValue() + "\"")
                        .collect(java.util.stream.Collectors.joining(",")) + "}}")
                .collect(java.util.stream.Collectors.joining(","));
        json.append(metals).append("},\"smelters\":[],\"findings\":[],\"verdict\":\"").append(verdict).append("\"}");
        return insert("INSERT INTO cmrt_submission (survey_id, workbook_id, original_name, size_bytes, sha256, received_at,"
                + " verdict, template_version, errors, warnings, check_json, checked_at)"
                + " VALUES (?, ?, 'cmrt.xlsx', 1, 'x', ?, ?, '6.5', 0, 0, ?, ?)",
                surveyId, workbook, Timestamp.from(Instant.now()), verdict, json.toString(), Timestamp.from(Instant.now()));
    }

    long submission(long surveyId, String verdict, String scope) {
        return submission(surveyId, verdict, scope, Map.of());
    }

    /** A declared row; a matched one names its smelter id, others pass null. */
    void declared(long submissionId, int row, String metal, String decision, String smelterId) {
        insert("INSERT INTO smelter_assessment (submission_id, row_number, metal, declared_name, decision, smelter_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)", submissionId, row, metal, "declared " + row, decision, smelterId);
    }

    /** The cycle collects these templates ({@code RequestedTemplates} text, e.g. "CMRT,EMRT:COBALT+MICA"). */
    void collects(long cycleId, String templates) {
        jdbc.update("UPDATE reporting_cycle SET collects = ? WHERE id = ?", templates, cycleId);
    }

    /** A checked EMRT, as CmrtCheck records one whose checker said templateType "EMRT". */
    long emrtSubmission(long surveyId, String verdict) {
        long submission = submission(surveyId, verdict, "A");
        jdbc.update("UPDATE cmrt_submission SET template_type = 'EMRT', original_name = 'emrt.xlsx' WHERE id = ?", submission);
        return submission;
    }

    /** The survey asks for this template ({@code minerals} "COBALT+MICA" for the EMRT), which stands in {@code state}. */
    void template(long surveyId, String templateType, String minerals, String state, Long submissionId) {
        insert("INSERT INTO survey_template (survey_id, template_type, minerals, state, submission_id, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", surveyId, templateType, minerals, state, submissionId, Timestamp.from(Instant.now()));
    }

    /** A declared row as the assessment leaves it: matched with a name, a status (canonical) and a risk level. */
    void assessed(long submissionId, int row, String metal, String country, String smelterId, String standardName,
                  String status, String riskLevel) {
        insert("INSERT INTO smelter_assessment (submission_id, row_number, metal, declared_name, declared_country, decision,"
                + " smelter_id, standard_name, status, risk_level) VALUES (?, ?, ?, ?, ?, 'MATCHED', ?, ?, ?, ?)",
                submissionId, row, metal, "declared " + row, country, smelterId, standardName, status, riskLevel);
    }

    void failedMail(long cycleId) {
        insert("INSERT INTO outbound_message (idempotency_key, template_name, recipients, subject, html_body, text_body,"
                + " cycle_id, status, created_at) VALUES (?, 'reminder', 'a@example.com', 's', 'h', 't', ?, 'FAILED', ?)",
                "test-" + SEQUENCE.incrementAndGet(), cycleId, Timestamp.from(Instant.now()));
    }

    /** The survey's supplier gets a commodity manager, a primary contact and the e-mails named, oldest first. */
    void followUp(long surveyId, String commodityManager, String contactName, String email, String... templates) {
        long supplier = jdbc.queryForObject("SELECT supplier_id FROM supplier_survey WHERE id = ?", Long.class, surveyId);
        long cycle = jdbc.queryForObject("SELECT cycle_id FROM supplier_survey WHERE id = ?", Long.class, surveyId);
        jdbc.update("UPDATE supplier SET commodity_manager = ? WHERE id = ?", commodityManager, supplier);
        insert("INSERT INTO supplier_contact (supplier_id, name, email, is_primary) VALUES (?, ?, ?, TRUE)",
                supplier, contactName, email);
        for (String template : templates) {
            insert("INSERT INTO outbound_message (idempotency_key, template_name, recipients, subject, html_body, text_body,"
                    + " supplier_id, cycle_id, status, created_at) VALUES (?, ?, ?, 's', 'h', 't', ?, ?, 'SENT', ?)",
                    "test-" + SEQUENCE.incrementAndGet(), template, email, supplier, cycle, Timestamp.from(Instant.now()));
        }
    }

    void decision(long surveyId, String decision) {
        insert("INSERT INTO executive_decision (survey_id, decision, rationale, decided_by) VALUES (?, ?, 'because', 'erin')",
                surveyId, decision);
    }

    private long insert(String sql, Object... args) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
