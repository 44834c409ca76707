package org.mineraldiligence.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mineraldiligence.escalation.EscalationVariables;
import org.mineraldiligence.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Open Tasklist tasks of a cycle, counted in the engine: one count query per role, one query for a page of
 * suppliers. Every process of a cycle carries its id in the variable {@code cycleId}.
 */
@Component
class OpenTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;

    OpenTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Open tasks per role, claimed or not. */
    Map<Role, Long> countByRole(long cycleId) {
        Map<Role, Long> counts = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            counts.put(role, tasks.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks()
                    .processVariableValueEquals("cycleId", cycleId).active().count());
        }
        return counts;
    }

    /** The first open task of each survey, by business key (escalations inherit the survey's key). */
    Map<String, String> taskIdsByBusinessKey(Collection<String> businessKeys) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (businessKeys.isEmpty()) {
            return byKey;
        }
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
                .active().orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            return byKey;
        }
        // a task does not carry its business key; one query maps the instances (survey or escalation) to theirs
        Map<String, String> keyOfInstance = new HashMap<>();
        runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().forEach(instance -> keyOfInstance.put(instance.getId(), instance.getBusinessKey()));
        for (Task task : open) {
            String key = keyOfInstance.get(task.getProcessInstanceId());
            if (key != null) {
                byKey.putIfAbsent(key, task.getId());
            }
        }
        return byKey;
    }

    /** Business keys of the cycle's surveys escalated to the executive champions and still awaiting their decision. */
    Set<String> escalationsAwaitingDecision(long cycleId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(EscalationVariables.PROCESS_KEY)
                .variableValueEquals("cycleId", cycleId).list().stream()
                .map(instance -> instance.getBusinessKey()).collect(Collectors.toSet());
    }
}
