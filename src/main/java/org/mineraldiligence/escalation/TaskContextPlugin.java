package org.mineraldiligence.escalation;


import org.mineraldiligence.engine.EveryUserTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task a creation listener that writes its {@link TaskContext}, as {@code TaskDecisionRecording}
 * gives every one a completion listener: no model has to remember it. The context is looked up lazily, so
 * the engine's configuration does not wait for the repositories it reads.
 */
@Component
class TaskContextPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskContext> context;

    TaskContextPlugin(ObjectProvider<TaskContext> context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.add(configuration, task -> task.definition()
                .addTaskListener(TaskListener.EVENTNAME_CREATE, created -> context.getObject().write(created)));
    }
}
