package org.mineraldiligence.mail;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A process as small as a real campaign step: an asynchronous "Send survey request" that queues a mail,
 * a following step that can be made to fail (rolling the whole transaction back), and a user task to
 * wait in, so the mail belongs to a live execution.
 */
@TestConfiguration
class MailTestProcess {

    static final String KEY = "mailTestStep";
    static final String SEND_STEP = "Activity_SendSurveyRequest";

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask(SEND_STEP).name("Send survey request").camundaAsyncBefore()
                    .camundaDelegateExpression("${queueSurveyRequest}")
                .serviceTask("Activity_RecordRequest").name("Record request").camundaDelegateExpression("${flakyStep}")
                .userTask("Activity_WaitForCmrt").name("Wait for CMRT")
                .endEvent()
                .done();
    }

    static void deploy(RepositoryService repositoryService) {
        repositoryService.createDeployment().name("mail-test").enableDuplicateFiltering(true)
                .addModelInstance(KEY + ".bpmn", model()).deploy();
    }

    /** Queues a survey request for the supplier in the process variables, keyed by this step. */
    @Bean
    JavaDelegate queueSurveyRequest(MailOutbox outbox) {
        return execution -> outbox.queue(new MailRequest("survey-request",
                List.of((String) execution.getVariable("recipient")),
                MailModels.complete(MailTemplate.SURVEY_REQUEST, (String) execution.getVariable("supplierName")),
                (Long) execution.getVariable("supplierId"), null, null, execution.getProcessInstanceId(), execution.getId(),
                MailRequest.stepKey(execution.getProcessInstanceId(), execution.getCurrentActivityId(), 0)));
    }

    @Bean
    FlakyStep flakyStep() {
        return new FlakyStep();
    }

    /** Fails as often as a test asks it to, then succeeds. */
    static class FlakyStep implements JavaDelegate {

        private final AtomicInteger failuresLeft = new AtomicInteger();

        void failNextRuns(int times) {
            failuresLeft.set(times);
        }

        @Override
        public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("step after the mail failed (test)");
            }
        }
    }
}
