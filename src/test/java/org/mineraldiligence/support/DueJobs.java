package org.mineraldiligence.support;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * What the job executor (off in tests) would do for one process instance: run its due jobs, and those of
 * its called sub-processes, until none is left. Other tests' instances in the shared engine are left alone.
 */
public final class DueJobs {

    private DueJobs() {
    }

    public static void run(RuntimeService runtime, ManagementService management, String processInstanceId) {
        for (int round = 0; round < 50; round++) {
            Set<String> instances = new HashSet<>(List.of(processInstanceId));
            runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                    .forEach(sub -> instances.add(sub.getId()));
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> instances.contains(job.getProcessInstanceId()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming: a loop in the model?");
    }
}
