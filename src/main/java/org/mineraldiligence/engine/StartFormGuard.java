package org.mineraldiligence.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.mineraldiligence.engine.forms.TaskForm;

import jakarta.ws.rs.core.Response;
import org.mineraldiligence.engine.forms.TaskForms;

/**
 * The start of a process by a person (Tasklist, {@code /engine-rest/process-definition/.../start} or
 * {@code submit-form}), checked as {@link TaskWriteGuard} checks a completion, before the command runs:
 * <ul>
 * <li>whoever may not start the process hears that first (403), as the command itself would say;</li>
 * <li>a process whose start event has no Camunda Form (the survey, the escalation, the grievance) is
 *     started by the application only: a person, the administrator included, is refused (403);</li>
 * <li>a process is started at its start event, never at chosen activities ({@code startInstructions});</li>
 * <li>the variables given must be fields of the start form, with values it accepts, its required fields
 *     given, and the form's {@link StartFormRule}s across fields met; otherwise the start is refused (400)
 *     naming each field, and nothing is started.</li>
 * </ul>
 * Our own code starts processes without a person (the engine has no authentication then) and is not checked.
 */
public class StartFormGuard extends CommandInterceptor {

    private final TaskForms forms;
    private final Supplier<List<StartFormRule>> rules;

    public StartFormGuard(TaskForms forms, Supplier<List<StartFormRule>> rules) {
        this.forms = forms;
        this.rules = rules;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl builder = TaskWriteGuard.field(command, command.getClass(), "instantiationBuilder");
            checkStart(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), builder.getVariables(),
                    command instanceof StartProcessInstanceAtActivitiesCmd, true);
        } else if (command instanceof SubmitStartFormCmd) {
            checkStart(TaskWriteGuard.field(command, SubmitStartFormCmd.class, "processDefinitionId"), null,
                    TaskWriteGuard.field(command, SubmitStartFormCmd.class, "variables"), false, false);
        }
        return next.execute(command);
    }

    static void verifyCommandFields() {
        TaskWriteGuard.declaredField(StartProcessInstanceCmd.class, "instantiationBuilder");
        TaskWriteGuard.declaredField(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder");
        TaskWriteGuard.declaredField(SubmitStartFormCmd.class, "processDefinitionId");
        TaskWriteGuard.declaredField(SubmitStartFormCmd.class, "variables");
    }

    private void checkStart(String definitionId, String definitionKey, Map<String, ?> variables, boolean atActivities,
                            boolean startCommand) {
        if (TaskWriteGuard.person() == null) {
            return;
        }
        ProcessDefinitionEntity definition = definition(definitionId, definitionKey);
        if (definition == null) {
            return; // the command itself reports the unknown process
        }
        checkers().forEach(checker -> checker.checkCreateProcessInstance(definition));
        Optional<TaskForm> form = startFormOf(definition);
        if (form.isEmpty()) {
            throw new AuthorizationException("Refused: the process " + definition.getKey()
                    + " is started by the application, not by people");
        }
        if (atActivities) {
            throw new AuthorizationException("Refused: the process " + definition.getKey()
                    + " starts at its start event, not at chosen activities");
        }
        List<String> problems = new ArrayList<>(form.get().problems(variables == null ? Map.of() : variables, true));
        if (problems.isEmpty()) {
            Map<String, Object> plain = plain(variables);
            rules.get().stream().filter(rule -> rule.formId().equals(form.get().id()))
                    .forEach(rule -> problems.addAll(rule.problems(plain)));
        }
        if (!problems.isEmpty()) {
            String message = "Refused: " + String.join("; ", problems);
            if (startCommand) {
                // /engine-rest's start answers any engine exception with 500 but passes a REST status on: a
                // refused field is the caller's mistake (400), as submit-form says for FormFieldValidationException.
                throw new InvalidRequestException(Response.Status.BAD_REQUEST, message);
            }
            throw new FormFieldValidationException(problems, message);
        }
    }

    private static Map<String, Object> plain(Map<String, ?> variables) {
        Map<String, Object> plain = new HashMap<>();
        if (variables != null) {
            variables.forEach((name, value) -> plain.put(name, value instanceof TypedValue typed ? typed.getValue() : value));
        }
        return plain;
    }

    private static ProcessDefinitionEntity definition(String id, String key) {
        DeploymentCache cache = Context.getProcessEngineConfiguration().getDeploymentCache();
        try {
            return id != null ? cache.findDeployedProcessDefinitionById(id)
                    : key != null ? cache.findDeployedLatestProcessDefinitionByKey(key) : null;
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** The Camunda Form of the process's (top-level) start event, if it has one. */
    private Optional<TaskForm> startFormOf(ProcessDefinitionEntity definition) {
        BpmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findBpmnModelInstanceForProcessDefinition(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        return process.getChildElementsByType(StartEvent.class).stream()
                .map(start -> start.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef"))
                .filter(Objects::nonNull).findFirst().flatMap(forms::byId);
    }

    private static List<CommandChecker> checkers() {
        return Context.getCommandContext().getProcessEngineConfiguration().getCommandCheckers();
    }
}
