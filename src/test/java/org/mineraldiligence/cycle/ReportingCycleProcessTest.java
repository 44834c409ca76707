package org.mineraldiligence.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of reporting-cycle.bpmn, with the engine clock moved for the outcome checks and the deadline. */
@H2ApplicationTest
class ReportingCycleProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleScenario scenario;
    @Autowired
    SupplierSurveyRepository surveys;

    int year;
    ProcessInstance instance;
    ReportingCycle cycle;
    List<Supplier> inScope;

    @BeforeEach
    void startCycleWithTwoSuppliers() {
        BpmnAwareTests.init(engine);
        year = scenario.unusedYear();
        instance = scenario.start(year);
        cycle = scenario.cycleOf(instance);
        inScope = List.of(scenario.supplier("Germany", 1_000L, true), scenario.supplier("Japan", 2_000L, true));
        scenario.narrowScopeTo(cycle, inScope);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void confirmScopeTaskNamesTheCycleAndShowsTheCurrentScope() {
        assertThat(instance).isWaitingAt("Activity_ConfirmScope").task().hasName("Confirm scope for RY" + year)
                .hasCandidateGroup("process-owners");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "scopeSuppliers")).isEqualTo(2L);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey()).isEqualTo("RY" + year);
    }

    @Test
    void confirmedScopeLaunchesOneSurveyPerSupplierAndFreezesTheScope() {
        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        scenario.runJobs(instance);

        List<SupplierSurvey> launched = surveys.findByCycleIdOrderByIdAsc(cycle.getId());
        assertThat(launched).extracting(survey -> survey.getSupplier().getId())
                .containsExactlyInAnyOrderElementsOf(inScope.stream().map(Supplier::getId).toList());
        ReportingCycle confirmed = scenario.cycles.findById(cycle.getId()).orElseThrow();
        assertThat(confirmed.getScopeConfirmedBy()).isEqualTo("olivia");
        assertThatThrownBy(() -> scenario.scope.remove(cycle.getId(), inScope.get(0).getId(), "Too late for this", "olivia"))
                .hasMessageContaining("can no longer change");
        assertThat(instance).isWaitingAt("Gateway_WaitForOutcomes");
    }

    @Test
    void allOutcomesInBeforeTheDeadlineLeadToTheReviewAtTheNextCheck() {
        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        scenario.runJobs(instance);
        surveys.findByCycleIdOrderByIdAsc(cycle.getId()).forEach(this::conclude);

        passDays(1);

        assertThat(instance).hasPassed("Event_CheckDue").isWaitingAt("Activity_ReviewResults")
                .task().hasName("Review cycle results for RY" + year);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "awaitingOutcome")).isEqualTo(0L);
        assertThat(instance).hasNotPassed("Event_ResultsDue");
    }

    @Test
    void outcomeChecksRepeatWhileSuppliersAreMissing() {
        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        scenario.runJobs(instance);
        conclude(surveys.findByCycleIdOrderByIdAsc(cycle.getId()).get(0));

        passDays(1);
        passDays(1);

        assertThat(instance).isWaitingAt("Gateway_WaitForOutcomes");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "awaitingOutcome")).isEqualTo(1L);
    }

    @Test
    void deadlinePlusGraceSendsTheCycleToReviewWithSuppliersMissing() {
        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        scenario.runJobs(instance);

        // Deadline in 30 days, 14 days of grace: day 44 is still the grace period's last day.
        moveClockDays(44);
        scenario.runJobs(instance);
        assertThat(instance).isWaitingAt("Gateway_WaitForOutcomes");
        moveClockDays(1);
        scenario.runJobs(instance);

        assertThat(instance).hasPassed("Event_ResultsDue").isWaitingAt("Activity_ReviewResults");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "awaitingOutcome")).isEqualTo(2L);
    }

    @Test
    void reviewedCycleIsClosedAndItsSupplierLinksStopWorking() {
        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        scenario.runJobs(instance);
        moveClockDays(45);
        scenario.runJobs(instance);

        scenario.complete(instance, "olivia", Map.of("closeCycle", true, "reviewNote", "Two suppliers never answered"));

        assertThat(instance).hasPassed("Activity_CloseCycle").isEnded();
        ReportingCycle closed = scenario.cycles.findById(cycle.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(ReportingCycle.Status.CLOSED);
        assertThat(closed.getClosedBy()).isEqualTo("olivia");
        assertThat(closed.isOpen()).isFalse();
    }

    @Test
    void emptyScopeGoesStraightToTheReview() {
        scenario.narrowScopeTo(cycle, List.of());
        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        scenario.runJobs(instance);

        assertThat(instance).isWaitingAt("Activity_ReviewResults");
        assertThat(surveys.findByCycleIdOrderByIdAsc(cycle.getId())).isEmpty();
    }

    @Test
    void secondCycleForTheSameYearIsRefusedAtTheStart() {
        assertThatThrownBy(() -> scenario.start(year)).hasMessageContaining("RY" + year + " already has a reporting cycle");
    }

    private void conclude(SupplierSurvey survey) {
        scenario.transaction.executeWithoutResult(status -> {
            SupplierSurvey fresh = surveys.findById(survey.getId()).orElseThrow();
            fresh.complete(SurveyOutcome.OUT_OF_SCOPE, "Test: concluded", ClockUtil.getCurrentTime().toInstant());
        });
    }

    private void passDays(int days) {
        moveClockDays(days);
        scenario.runJobs(instance);
    }

    private static void moveClockDays(int days) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(days, ChronoUnit.DAYS)));
    }
}
