package org.mineraldiligence.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.mineraldiligence.engine.forms.TaskForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskWriteGuard} and {@link StartFormGuard} into the engine's command chain (after the command context is opened, so the
 * guard can load the task) and makes Camunda give a task's candidates TASK_WORK (claim, complete) instead of
 * UPDATE, which would also let every candidate rewrite the task and its variables.
 */
@Component
public class TaskWriteGuardPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StartFormRule> startFormRules;

    TaskWriteGuardPlugin(ObjectProvider<StartFormRule> startFormRules) {
        this.startFormRules = startFormRules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskWriteGuard.verifyCommandFields();
        StartFormGuard.verifyCommandFields();
        TaskForms forms = TaskForms.fromClassPath();
        // Looked up at each start, not now: the rules' beans are made after the engine's configuration.
        Supplier<List<StartFormRule>> rules = () -> startFormRules.orderedStream().toList();
        // One guard per chain: an interceptor knows the next one in its chain.
        configuration.setCustomPostCommandInterceptorsTxRequired(withGuards(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new TaskWriteGuard(forms), new StartFormGuard(forms, rules)));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(withGuards(
                configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new TaskWriteGuard(forms), new StartFormGuard(forms, rules)));
        configuration.setDefaultUserPermissionForTask(TaskPermissions.TASK_WORK);
    }

    private static List<CommandInterceptor> withGuards(List<CommandInterceptor> interceptors, CommandInterceptor... guards) {
        List<CommandInterceptor> result = new ArrayList<>(interceptors == null ? List.of() : interceptors);
        result.addAll(List.of(guards));
        return result;
    }
}
