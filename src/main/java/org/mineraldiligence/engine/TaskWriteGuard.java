package org.mineraldiligence.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.mineraldiligence.engine.forms.TaskForm;
import org.mineraldiligence.engine.forms.TaskForms;

/**
 * Every write to a user task, whichever API or REST endpoint it comes through, passes here as an engine
 * command, before the command runs:
 * <ul>
 * <li>a completion (complete, submit-form, resolve) may set only the fields of the task's Camunda Form,
 *     with values the form accepts, and must give its required fields; anything else is refused with
 *     {@link FormFieldValidationException}, which the REST API answers with 400. This holds for everyone,
 *     the administrator included: no completion changes what its form does not ask;</li>
 * <li>outside a completion, a person other than a {@code camunda-admin} may write or remove variables only
 *     on a task assigned to them, and only the form's fields (403 otherwise); throwing a BPMN error or
 *     escalation from a task is left to administrators;</li>
 * <li>a comment on a task needs the right to work on that task, one on a process instance the right to
 *     update it: Camunda itself checks nothing when a comment is added.</li>
 * </ul>
 * Our own code completes no tasks and sets no task variables through the API; steps and listeners write
 * through the execution, which is not a command and is not affected.
 */
public class TaskWriteGuard extends CommandInterceptor {

    private final TaskForms forms;

    public TaskWriteGuard(TaskForms forms) {
        this.forms = forms;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            checkCompletion(field(command, CompleteTaskCmd.class, "taskId"), field(command, CompleteTaskCmd.class, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkCompletion(field(command, SubmitTaskFormCmd.class, "taskId"), field(command, SubmitTaskFormCmd.class, "properties"));
        } else if (command instanceof SetTaskVariablesCmd) {
            checkVariableWrite(field(command, AbstractVariableCmd.class, "entityId"),
                    field(command, AbstractSetVariableCmd.class, "variables"), List.of());
        } else if (command instanceof RemoveTaskVariablesCmd) {
            checkVariableWrite(field(command, AbstractVariableCmd.class, "entityId"), Map.of(),
                    field(command, AbstractRemoveVariableCmd.class, "variableNames"));
        } else if (command instanceof PatchTaskVariablesCmd) {
            checkVariableWrite(field(command, AbstractPatchVariablesCmd.class, "entityId"),
                    field(command, AbstractPatchVariablesCmd.class, "variables"),
                    field(command, AbstractPatchVariablesCmd.class, "deletions"));
        } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            refuseUnlessAdministrator("throw a BPMN error or escalation from a task");
        } else if (command instanceof AddCommentCmd) {
            checkComment(field(command, AddCommentCmd.class, "taskId"), field(command, AddCommentCmd.class, "processInstanceId"));
        }
        return next.execute(command);
    }

    /** Reads the command classes' fields once, so that an engine upgrade that renames one fails at start-up. */
    static void verifyCommandFields() {
        for (var entry : Map.of(CompleteTaskCmd.class, List.of("taskId", "variables"),
                SubmitTaskFormCmd.class, List.of("taskId", "properties"),
                AbstractVariableCmd.class, List.of("entityId"), AbstractSetVariableCmd.class, List.of("variables"),
                AbstractRemoveVariableCmd.class, List.of("variableNames"),
                AbstractPatchVariablesCmd.class, List.of("entityId", "variables", "deletions"),
                AddCommentCmd.class, List.of("taskId", "processInstanceId")).entrySet()) {
            entry.getValue().forEach(name -> declaredField(entry.getKey(), name));
        }
    }

    private void checkCompletion(String taskId, Map<String, ?> variables) {
        TaskEntity task = task(taskId);
        if (task == null) {
            return; // the command itself reports the unknown task
        }
        // Whoever may not work on the task hears that first (403), not what its form would want.
        checkWork(task);
        Map<String, ?> values = variables == null ? Map.of() : variables;
        List<String> problems = formOf(task).map(form -> form.problems(values, true))
                .orElseGet(() -> values.isEmpty() ? List.of()
                        : List.of("task " + taskId + " has no form, so its completion sets no variables"));
        if (!problems.isEmpty()) {
            throw new FormFieldValidationException(problems, "Refused: " + String.join("; ", problems));
        }
    }

    private void checkVariableWrite(String taskId, Map<String, ?> variables, Collection<String> removed) {
        CurrentUser person = person();
        TaskEntity task = task(taskId);
        if (person == null || isAdministrator(person) || task == null) {
            return;
        }
        if (!person.id().equals(task.getAssignee())) {
            // Named by id only: the caller may not even be allowed to read the task.
            throw new AuthorizationException("Refused: " + person.id()
                    + " may change variables only on a task assigned to them, not on task " + taskId);
        }
        Map<String, Object> written = new HashMap<>(variables == null ? Map.of() : variables);
        Collection<String> names = removed == null ? List.of() : removed;
        List<String> problems = formOf(task).map(form -> {
            List<String> found = new ArrayList<>(form.problems(written, false));
            names.stream().filter(name -> !form.declares(name))
                    .forEach(name -> found.add("'" + name + "' is not a field of the form " + form.id()));
            return found;
        }).orElse(written.isEmpty() && names.isEmpty() ? List.of() : List.of("task " + taskId + " has no form"));
        if (!problems.isEmpty()) {
            throw new AuthorizationException("Refused: " + String.join("; ", problems));
        }
    }

    private void checkComment(String taskId, String processInstanceId) {
        CurrentUser person = person();
        if (person == null || isAdministrator(person)) {
            return;
        }
        TaskEntity task = task(taskId);
        if (task != null) {
            checkWork(task);
        } else if (processInstanceId != null) {
            checkers().forEach(checker -> checker.checkUpdateProcessInstanceById(processInstanceId));
        }
    }

    /** Camunda's own check that the current user may work on a task (TASK_WORK or UPDATE), as completing does. */
    private static void checkWork(TaskEntity task) {
        checkers().forEach(checker -> checker.checkTaskWork(task));
    }

    private static List<CommandChecker> checkers() {
        CommandContext context = Context.getCommandContext();
        return context.getProcessEngineConfiguration().getCommandCheckers();
    }

    private void refuseUnlessAdministrator(String what) {
        CurrentUser person = person();
        if (person != null && !isAdministrator(person)) {
            throw new AuthorizationException("Refused: only an administrator may " + what);
        }
    }

    private Optional<TaskForm> formOf(TaskEntity task) {
        task.initializeFormKey();
        CamundaFormRef ref = task.getCamundaFormRef();
        return ref == null ? Optional.empty() : forms.byId(ref.getKey());
    }

    private static TaskEntity task(String taskId) {
        return taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
    }

    /** The person calling, or null when our own code (a job, a step, a test driving the engine) does. */
    static CurrentUser person() {
        return CurrentUser.of(Context.getProcessEngineConfiguration().getIdentityService()).orElse(null);
    }

    private static boolean isAdministrator(CurrentUser person) {
        return person.groupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    @SuppressWarnings("unchecked")
    static <V> V field(Object command, Class<?> declaring, String name) {
        try {
            return (V) declaredField(declaring, name).get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + declaring.getSimpleName() + "." + name, e);
        }
    }

    static Field declaredField(Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the task write guard no longer understands " + declaring.getName()
                    + ": it has no field '" + name + "'", e);
        }
    }
}
