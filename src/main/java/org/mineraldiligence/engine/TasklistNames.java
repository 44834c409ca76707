package org.mineraldiligence.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets a user task be named for its step in the diagram and for its case in Tasklist. The model's name is the
 * step ("Agree risk mitigation"), which Cockpit and the Modeler show; the extension property
 * {@value #PROPERTY} is the name the task gets when it is created, an expression the engine evaluates as it
 * would the name ("Agree risk mitigation with ${supplierName}"). A task without the property keeps its
 * model's name, so no model has to have it.
 */
@Component
public class TasklistNames extends AbstractProcessEnginePlugin {

    public static final String PROPERTY = "tasklistName";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.add(configuration, task -> {
            Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(task.element());
            String name = properties == null ? null : properties.get(PROPERTY);
            if (name != null && !name.isBlank()) {
                // parsed after the engine is built, so its expression manager exists by now
                task.definition().setNameExpression(configuration.getExpressionManager().createExpression(name));
            }
        });
    }
}
