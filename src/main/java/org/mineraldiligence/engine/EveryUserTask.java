package org.mineraldiligence.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every deployed model something of ours (a listener), so that no model can forget
 * it: decisions recorded, due dates, task context, day-only times. Called from a plugin's preInit.
 */
public final class EveryUserTask {

    /** What to do with one user task as its model is parsed. */
    public interface Setup {
        void apply(UserTask task);
    }

    /** A user task being parsed: its XML element, its process's key and its task definition. */
    public record UserTask(Element element, String processKey, TaskDefinition definition) {
    }

    private EveryUserTask() {
    }

    public static void add(ProcessEngineConfigurationImpl configuration, Setup setup) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                setup.apply(new UserTask(userTask, ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(),
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
