package org.mineraldiligence.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.mail.OutboundMessageRepository;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyLauncher;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The launch of a cycle's surveys, run on H2 and on PostgreSQL: in chunks of 100, each chunk one job; a chunk
 * that fails is rolled back and retried, surveys started before (by hand, or by an interrupted run) are not
 * started again, and every supplier ends with one survey and one survey request in the outbox.
 */
abstract class LaunchContract {

    static final int SUPPLIERS = 300;

    @Autowired
    CycleScenario scenario;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    SurveyLauncher launcher;
    @Autowired
    OutboundMessageRepository messages;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;

    @AfterEach
    void restore() {
        repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(SurveyLauncher.PROCESS_KEY).activate();
        ClockUtil.reset();
    }

    @Test
    void failedChunkIsRetriedAndEverySupplierGetsExactlyOneSurveyAndOneRequest() {
        int year = scenario.unusedYear();
        ProcessInstance instance = scenario.start(year);
        ReportingCycle cycle = scenario.cycleOf(instance);
        // Indirect suppliers: only this test's manual scope brings them in, no other cycle's spend rule does.
        List<Supplier> mine = IntStream.range(0, SUPPLIERS).mapToObj(i -> scenario.supplier("Malaysia", null, false))
                .sorted(Comparator.comparing(Supplier::getId)).toList();
        scenario.narrowScopeTo(cycle, mine);
        // An earlier, interrupted launch had started ten surveys of the second chunk.
        mine.subList(150, 160).forEach(supplier -> launcher.launch(cycle, supplier));

        scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true));
        Job planned = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        management.executeJob(planned.getId());
        List<Job> chunks = management.createJobQuery().processInstanceId(instance.getId())
                .activityId("Activity_LaunchSurveys").list();
        assertThat(chunks).hasSize(3);

        repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(SurveyLauncher.PROCESS_KEY).suspend();
        Job failing = chunks.get(0);
        assertThatThrownBy(() -> management.executeJob(failing.getId())).hasMessageContaining("suspended");
        Job failed = management.createJobQuery().jobId(failing.getId()).singleResult();
        assertThat(failed.getExceptionMessage()).contains("suspended");
        assertThat(failed.getRetries()).isPositive();
        assertThat(surveys.findByCycleIdOrderByIdAsc(cycle.getId())).as("the failed chunk rolled back").hasSize(10);
        repository.updateProcessDefinitionSuspensionState().byProcessDefinitionKey(SurveyLauncher.PROCESS_KEY).activate();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(6, ChronoUnit.MINUTES)));
        scenario.runJobs(instance);

        List<SupplierSurvey> launched = surveys.findByCycleIdOrderByIdAsc(cycle.getId());
        assertThat(launched).hasSize(SUPPLIERS);
        assertThat(launched.stream().map(survey -> survey.getSupplier().getId()).collect(Collectors.toSet()))
                .isEqualTo(mine.stream().map(Supplier::getId).collect(Collectors.toSet()));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SurveyLauncher.PROCESS_KEY)
                .processInstanceBusinessKeyLike("RY" + year + "/%").count()).isEqualTo(SUPPLIERS);
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).withException().count()).isZero();

        Set<String> surveyInstances = launched.stream().map(SupplierSurvey::getProcessInstanceId).collect(Collectors.toSet());
        scenario.runSurveyJobs(surveyInstances);

        List<OutboundMessage> requests = messages.findAll((message, query, builder) -> builder.and(
                builder.equal(message.get("cycleId"), cycle.getId()),
                builder.equal(message.get("templateName"), "survey-request")));
        Map<Long, Long> perSupplier = requests.stream()
                .collect(Collectors.groupingBy(OutboundMessage::getSupplierId, Collectors.counting()));
        assertThat(perSupplier).hasSize(SUPPLIERS);
        assertThat(perSupplier.values()).allMatch(count -> count == 1);
        assertThat(requests.stream().map(OutboundMessage::getRecipients).map(Function.identity()).distinct())
                .hasSize(SUPPLIERS);
    }
}
