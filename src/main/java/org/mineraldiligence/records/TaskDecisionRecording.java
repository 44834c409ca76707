package org.mineraldiligence.records;


import org.mineraldiligence.engine.EveryUserTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model a completion listener that writes the decision into
 * {@code task_decision}, so no model can forget one and no completion path (Tasklist, our pages,
 * {@code /engine-rest}) goes unrecorded.
 */
@Component
class TaskDecisionRecording extends AbstractProcessEnginePlugin {

    private final TaskDecisions decisions;

    TaskDecisionRecording(TaskDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.add(configuration, task -> {
            String formId = task.element().attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            task.definition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, completed -> decisions.record(completed, formId));
        });
    }
}
