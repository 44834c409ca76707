package org.mineraldiligence.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mineraldiligence.audit.AuditEntryRepository;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.grievance.GrievanceCategory;
import org.mineraldiligence.grievance.GrievanceReport;
import org.mineraldiligence.grievance.Grievances;
import org.mineraldiligence.support.H2ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention purge, run on a clock moved past the five years rather than on data made to look old. */
@H2ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class RecordsPurgeTest {

    static final Duration FIVE_YEARS = Duration.ofDays(1825);

    @Autowired
    RecordsPurge purge;
    @Autowired
    RecordsFixture fixture;
    @Autowired
    Grievances grievances;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    AuditEntryRepository audit;

    @Test
    void recordsOfAClosedCycleGoFiveYearsAfterTheSurveyCompletedAndNotADayEarlier(CapturedOutput output) {
        Instant completed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ReportingCycle closed = fixture.cycle(true, completed);
        RecordsFixture.Survey old = fixture.completedSurvey(closed, completed, "workbook bytes".getBytes(),
                "{\"findings\":[]}");

        purge.purge(completed.plus(FIVE_YEARS).minus(Duration.ofDays(1)));
        assertThat(fixture.exists("cmrt_submission", old.submissionId())).as("a day before the retention ends").isTrue();

        RecordsPurge.Removed removed = purge.purge(completed.plus(FIVE_YEARS).plus(Duration.ofDays(1)));

        assertThat(removed.ids()).containsEntry("cmrt_submission", List.of(old.submissionId()))
                .containsEntry("stored_workbook", List.of(old.workbookId()))
                .containsEntry("smelter_assessment", List.of(old.assessmentId()))
                .containsEntry("corrective_action", List.of(old.actionId()))
                .containsEntry("executive_decision", List.of(old.decisionId()));
        assertThat(removed.ids().get("outbound_message")).contains(old.messageId());
        for (String table : List.of("cmrt_submission", "stored_workbook", "smelter_assessment", "corrective_action",
                "executive_decision", "outbound_message")) {
            long id = removed.ids().get(table).get(0);
            assertThat(fixture.exists(table, id)).as(table).isFalse();
        }
        assertThat(fixture.exists("supplier_survey", old.surveyId())).as("the survey stays as the index").isTrue();
        assertThat(output).contains("removed 1 cmrt_submission row(s)").contains("ids [" + old.submissionId() + "]")
                .doesNotContain("Remove the unidentified tin smelter").doesNotContain("cmrt 2020, final.xlsx");
        assertThat(audit.findBySubjectTypeOrderByRecordedAtDescIdDesc("retention", org.springframework.data.domain.PageRequest.of(0, 1)))
                .singleElement().satisfies(entry -> assertThat(entry.getAfter()).contains("\"cmrt_submission\""));
    }

    @Test
    void anOpenCycleIsNeverPurgedHoweverOld() {
        Instant longAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ReportingCycle open = fixture.cycle(false, null);
        RecordsFixture.Survey kept = fixture.completedSurvey(open, longAgo, "still needed".getBytes(), "{}");

        purge.purge(longAgo.plus(FIVE_YEARS.multipliedBy(3)));

        for (var table : Map.of("cmrt_submission", kept.submissionId(), "stored_workbook", kept.workbookId(),
                "smelter_assessment", kept.assessmentId(), "corrective_action", kept.actionId(),
                "executive_decision", kept.decisionId(), "outbound_message", kept.messageId()).entrySet()) {
            assertThat(fixture.exists(table.getKey(), table.getValue())).as(table.getKey()).isTrue();
        }
    }

    @Test
    void answeredGrievancesGoFiveYearsAfterTheyClosedAndOpenOnesStay() {
        long answered = answeredGrievance();
        long open = grievanceId(grievances.submit(new GrievanceReport(GrievanceCategory.OTHER, null,
                "An open concern that nobody has answered yet.", null)));
        Instant closedAt = jdbc.queryForObject("SELECT closed_at FROM grievance WHERE id = ?", java.sql.Timestamp.class,
                answered).toInstant();

        RecordsPurge.Removed removed = purge.purge(closedAt.plus(FIVE_YEARS).plus(Duration.ofDays(1)));

        assertThat(removed.ids().get("grievance")).contains(answered).doesNotContain(open);
        assertThat(removed.count("grievance_entry")).isGreaterThanOrEqualTo(2);
        assertThat(fixture.exists("grievance", answered)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM grievance_entry WHERE grievance_id = ?", Integer.class,
                answered)).isZero();
        assertThat(fixture.exists("grievance", open)).isTrue();
    }

    @Test
    void taskDecisionsGoFiveYearsAfterTheirSurveyCycleOrGrievanceAndThoseOfOpenCyclesStay() {
        Instant completed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ReportingCycle closed = fixture.cycle(true, completed);
        RecordsFixture.Survey old = fixture.completedSurvey(closed, completed, "old".getBytes(), "{}");
        String oldKey = fixture.businessKeyOf(old.surveyId());
        long surveyDecision = fixture.taskDecision(oldKey, "supplier-survey", completed.minus(Duration.ofDays(40)));
        long escalationDecision = fixture.taskDecision(oldKey, "executive-escalation", completed.minus(Duration.ofDays(9)));
        long cycleDecision = fixture.taskDecision(closed.label(), "reporting-cycle", completed.minus(Duration.ofDays(200)));
        RecordsFixture.Survey running = fixture.completedSurvey(fixture.cycle(false, null), completed, "kept".getBytes(), "{}");
        long keptDecision = fixture.taskDecision(fixture.businessKeyOf(running.surveyId()), "supplier-survey",
                completed.minus(Duration.ofDays(40)));
        long grievance = answeredGrievance();
        List<Long> grievanceDecisions = jdbc.queryForList("SELECT d.id FROM task_decision d"
                + " JOIN grievance g ON g.reference = d.business_key WHERE g.id = ?", Long.class, grievance);
        assertThat(grievanceDecisions).as("triage and reply").hasSize(2);

        purge.purge(completed.plus(FIVE_YEARS).minus(Duration.ofDays(1)));
        assertThat(fixture.exists("task_decision", surveyDecision)).as("a day before the retention ends").isTrue();
        assertThat(fixture.exists("task_decision", grievanceDecisions.get(0))).isTrue();

        // The clock moved past five years after the survey completed, the cycle and the grievance closed.
        RecordsPurge.Removed removed = purge.purge(Instant.now().plus(FIVE_YEARS).plus(Duration.ofDays(1)));

        assertThat(removed.ids().get("task_decision")).contains(surveyDecision, escalationDecision, cycleDecision)
                .containsAll(grievanceDecisions).doesNotContain(keptDecision);
        for (long id : List.of(surveyDecision, escalationDecision, cycleDecision, grievanceDecisions.get(1))) {
            assertThat(fixture.exists("task_decision", id)).isFalse();
        }
        assertThat(fixture.exists("task_decision", keptDecision)).as("a survey of an open cycle").isTrue();
    }

    @Test
    void camundaHistoryIsCleanedUpNightlyFiveYearsAfterAnInstanceEnds() {
        assertThat(history.findHistoryCleanupJobs()).as("the history cleanup job").isNotEmpty();
        assertThat(engineConfiguration.isHistoryCleanupEnabled()).isTrue();
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");

        long answered = answeredGrievance();
        String instance = jdbc.queryForObject("SELECT process_instance_id FROM grievance WHERE id = ?", String.class,
                answered);
        var ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        assertThat(ended.getRemovalTime()).as("removal time of the ended grievance instance")
                .isEqualTo(Date.from(ended.getEndTime().toInstant().plus(FIVE_YEARS)));
    }

    private long answeredGrievance() {
        Grievances.Receipt receipt = grievances.submit(new GrievanceReport(GrievanceCategory.ENVIRONMENT, null,
                "Mercury is used at the artisanal gold site upstream.", null));
        long id = grievanceId(receipt);
        String instance = jdbc.queryForObject("SELECT process_instance_id FROM grievance WHERE id = ?", String.class, id);
        identity.setAuthentication("cora", List.of("compliance-officers"));
        try {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                    Map.of("triageDecision", "UNFOUNDED", "triageNote", "Not in our supply chain"));
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                    Map.of("reply", "Thank you; this site does not supply us."));
        } finally {
            identity.clearAuthentication();
        }
        return id;
    }

    private long grievanceId(Grievances.Receipt receipt) {
        return jdbc.queryForObject("SELECT id FROM grievance WHERE reference = ?", Long.class, receipt.reference());
    }
}
