package org.mineraldiligence.escalation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> context.getObject().write(task));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
