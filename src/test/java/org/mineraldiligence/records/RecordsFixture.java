package org.mineraldiligence.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.escalation.ExecutiveDecision;
import org.mineraldiligence.escalation.ExecutiveDecisionRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.CorrectiveAction;
import org.mineraldiligence.survey.CorrectiveActionRepository;
import org.mineraldiligence.survey.StoredWorkbook;
import org.mineraldiligence.survey.StoredWorkbookRepository;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A completed supplier survey with one of every record kept for it, written straight to the tables. */
@Component
class RecordsFixture {

    private static final AtomicInteger SUPPLIERS = new AtomicInteger(7000);

    /** The ids of what {@link #completedSurvey} wrote. */
    record Survey(long cycleId, long surveyId, long supplierId, long submissionId, long workbookId, long assessmentId,
                  long actionId, long decisionId, long messageId) {
    }

    final SupplierRepository suppliers;
    final ReportingCycleRepository cycles;
    final SupplierSurveyRepository surveys;
    final StoredWorkbookRepository workbooks;
    final CmrtSubmissionRepository submissions;
    final SmelterAssessmentRepository assessments;
    final CorrectiveActionRepository actions;
    final ExecutiveDecisionRepository decisions;
    final JdbcTemplate jdbc;
    final TransactionTemplate transaction;

    RecordsFixture(SupplierRepository suppliers, ReportingCycleRepository cycles, SupplierSurveyRepository surveys,
                   StoredWorkbookRepository workbooks, CmrtSubmissionRepository submissions,
                   SmelterAssessmentRepository assessments, CorrectiveActionRepository actions,
                   ExecutiveDecisionRepository decisions, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.suppliers = suppliers;
        this.cycles = cycles;
        this.surveys = surveys;
        this.workbooks = workbooks;
        this.submissions = submissions;
        this.assessments = assessments;
        this.actions = actions;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    ReportingCycle cycle(boolean closed, Instant when) {
        ReportingCycle cycle = new ReportingCycle(2020, LocalDate.of(2020, 6, 30), SurveyPolicy.DEFAULT);
        if (closed) {
            cycle.close(when);
        }
        return cycles.save(cycle);
    }

    /** A survey completed at {@code completedAt} with a workbook, its check, a smelter row, an action, a decision and a message. */
    Survey completedSurvey(ReportingCycle cycle, Instant completedAt, byte[] workbookBytes, String checkJson) {
        return transaction.execute(status -> {
            Supplier supplier = new Supplier("REC-" + SUPPLIERS.incrementAndGet(), "Tin & <Tungsten> Traders", "Rwanda");
            supplier.setCommodityManager("carlos");
            supplier.addContact("Ana Seller", "ana@" + supplier.getCode().toLowerCase() + ".example", true);
            suppliers.save(supplier);
            SupplierSurvey survey = surveys.save(new SupplierSurvey(cycle, supplier));
            survey.complete(SurveyOutcome.VALID_WITH_MITIGATIONS, "Accepted with a mitigation plan", completedAt);
            StoredWorkbook workbook = workbooks.save(new StoredWorkbook("ab".repeat(32), workbookBytes));
            CmrtSubmission submission = new CmrtSubmission(survey, workbook, "cmrt 2020, final.xlsx", workbookBytes.length,
                    completedAt);
            submission.recordCheck("INVALID", "CMRT", "6.4", 1, 0, checkJson, completedAt);
            submissions.save(submission);
            assessments.save(new SmelterAssessmentRow(submission.getId(), 5, "Tin",
                    "Fictional Tin Smelter", "Rwanda", null, null));
            actions.save(new CorrectiveAction(survey, "REMOVE_SMELTERS",
                    "Remove the unidentified tin smelter", LocalDate.of(2020, 9, 1), "carlos"));
            decisions.save(new ExecutiveDecision(survey, ExecutiveDecision.Kind.CONTINUE,
                    "Supplier cooperates; review the plan in autumn", LocalDate.of(2020, 10, 1), "erin", completedAt));
            jdbc.update("""
                    INSERT INTO outbound_message (idempotency_key, template_name, recipients, subject, html_body, text_body,
                        supplier_id, cycle_id, status, attempts, created_at, sent_at)
                    VALUES (?, 'survey-request', ?, 'Your CMRT for RY2020', '<p>Please send your CMRT &amp; thanks</p>',
                        'Please send your CMRT & thanks', ?, ?, 'SENT', 1, ?, ?)""",
                    "records-test:" + supplier.getCode(), supplier.primaryContact().orElseThrow().getEmail(),
                    supplier.getId(), cycle.getId(), java.sql.Timestamp.from(completedAt),
                    java.sql.Timestamp.from(completedAt));
            long messageId = jdbc.queryForObject("SELECT id FROM outbound_message WHERE idempotency_key = ?", Long.class,
                    "records-test:" + supplier.getCode());
            return new Survey(cycle.getId(), survey.getId(), supplier.getId(), submission.getId(), workbook.getId(),
                    idOf("smelter_assessment", "submission_id", submission.getId()),
                    idOf("corrective_action", "survey_id", survey.getId()),
                    idOf("executive_decision", "survey_id", survey.getId()), messageId);
        });
    }

    /** A decision taken at a task of the instance with {@code businessKey}, as TaskDecisions writes it. */
    long taskDecision(String businessKey, String processKey, Instant decidedAt) {
        String taskId = "records-test-" + java.util.UUID.randomUUID();
        jdbc.update("INSERT INTO task_decision (business_key, process_key, process_instance_id, task_id, task_key,"
                + " task_name, decided_by, decided_at, choice, note)"
                + " VALUES (?, ?, ?, ?, 'Activity_Decide', 'Decide', 'carlos', ?, 'ESCALATE', 'Called twice')",
                businessKey, processKey, "instance-of-" + taskId, taskId, java.sql.Timestamp.from(decidedAt));
        return jdbc.queryForObject("SELECT id FROM task_decision WHERE task_id = ?", Long.class, taskId);
    }

    String businessKeyOf(long surveyId) {
        return jdbc.queryForObject("SELECT business_key FROM supplier_survey WHERE id = ?", String.class, surveyId);
    }

    private long idOf(String table, String column, long value) {
        return jdbc.queryForObject("SELECT MAX(id) FROM " + table + " WHERE " + column + " = ?", Long.class, value);
    }

    boolean exists(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Integer.class, id) == 1;
    }
}
