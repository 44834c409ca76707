package org.mineraldiligence.scale;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.StoredWorkbook;
import org.mineraldiligence.survey.StoredWorkbookRepository;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throughput of the survey's "Check CMRT" step on the job executor: workbooks arrive unchecked (as if
 * taken in by a bulk import rather than the portal, which checks at once) for many waiting surveys while
 * the executor is paused; then its threads check them side by side, timed from its start until the last
 * workbook is checked. The baseline is the bare checker on one thread, on the
 * same workbook, in the same run.
 */
final class CheckThroughput {

    record Figure(int workbooks, double perSecond, double baselinePerSecond) {
        double ratio() {
            return perSecond / baselinePerSecond;
        }
    }

    private CheckThroughput() {
    }

    static Figure measure(ConfigurableApplicationContext app, long cycleId, int count) throws InterruptedException {
        byte[] workbook = TestWorkbooks.validLowRisk();
        double baseline = baseline(workbook, count);
        List<SupplierSurvey> surveys = app.getBean(SupplierSurveyRepository.class).findByCycleIdOrderByIdAsc(cycleId)
                .subList(0, count);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        StoredWorkbook stored = transaction.execute(status ->
                app.getBean(StoredWorkbookRepository.class).save(new StoredWorkbook(sha256(workbook), workbook)));
        // The executor pauses while the workbooks arrive, so that the figure is the checking alone.
        JobExecutor executor = app.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor();
        executor.shutdown();
        for (SupplierSurvey survey : surveys) {
            transaction.executeWithoutResult(status -> {
                CmrtSubmission submission = app.getBean(CmrtSubmissionRepository.class).save(new CmrtSubmission(
                        survey, stored, "cmrt.xlsx", workbook.length, ClockUtil.getCurrentTime().toInstant()));
                runtime.createMessageCorrelation("CmrtSubmitted").processInstanceBusinessKey(survey.getBusinessKey())
                        .setVariable("submissionId", submission.getId()).correlate();
            });
        }
        long start = System.nanoTime();
        executor.start();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM cmrt_submission s JOIN supplier_survey v ON v.id = s.survey_id "
                + "WHERE v.cycle_id = ? AND s.checked_at IS NOT NULL", Long.class, cycleId) < count) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Figure(count, count / seconds, baseline);
    }

    /** Workbooks per second of the checker alone, one after another on one thread. */
    private static double baseline(byte[] workbook, int count) {
        CmrtChecker checker = new CmrtChecker(new CheckPolicy("6.31", 2026, Clock.systemDefaultZone()));
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            checker.check("cmrt.xlsx", new ByteArrayInputStream(workbook));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
