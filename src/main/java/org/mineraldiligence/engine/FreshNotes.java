package org.mineraldiligence.engine;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.mineraldiligence.engine.forms.FormField;
import org.mineraldiligence.engine.forms.TaskForms;
import org.springframework.stereotype.Component;

/**
 * Every occasion of a task starts with its notes and reasons (the form's text areas) empty. Camunda Forms fill
 * a field from the process variable of the same name, so the second "Contact unresponsive supplier" would
 * otherwise offer the first occasion's note, and a person who types only the new reason sends both. What was
 * written before is not lost: each completion's note is already in {@code task_decision}.
 */
@Component
public class FreshNotes extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskForms forms = TaskForms.fromClassPath();
        EveryUserTask.add(configuration, task -> {
            String formId = task.element().attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            List<String> notes = forms.byId(formId).stream()
                    .flatMap(form -> form.fields().values().stream())
                    .filter(field -> "textarea".equals(field.type()))
                    .map(FormField::key)
                    .toList();
            if (!notes.isEmpty()) {
                task.definition().addTaskListener(TaskListener.EVENTNAME_CREATE,
                        created -> notes.forEach(created.getExecution()::removeVariable));
            }
        });
    }
}
