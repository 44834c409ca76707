package org.mineraldiligence.engine;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model a due date and a follow-up date when it is created, counted in working
 * days (Monday to Friday) from the engine's clock, so Tasklist sorts each queue by urgency and no model can
 * forget one. How many days each task gets is configuration ({@code mineral-diligence.task-due}), one table
 * for all models instead of a {@code camunda:dueDate} expression in each.
 */
@Component
@EnableConfigurationProperties(TaskDueDates.Settings.class)
public class TaskDueDates extends AbstractProcessEnginePlugin {

    /**
     * @param defaults working days for a task the table does not name
     * @param tasks    per task definition key (the BPMN id, e.g. {@code Activity_ContactUnresponsiveSupplier})
     */
    @ConfigurationProperties("mineral-diligence.task-due")
    public record Settings(WorkingDays defaults, Map<String, WorkingDays> tasks) {

        public Settings {
            defaults = defaults == null ? new WorkingDays(5, 3) : defaults;
            tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
        }

        WorkingDays of(String taskDefinitionKey) {
            return tasks.getOrDefault(taskDefinitionKey, defaults);
        }
    }

    /** Working days until the task is due, and until the person should look at it again (follow-up). */
    public record WorkingDays(int due, int followUp) {
    }

    private final Settings settings;
    private final Clock clock;

    TaskDueDates(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // built in: runs first, before the listeners that read or cut the task's dates
        EveryUserTask.add(configuration, task -> task.definition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskDueDates.this::date));
    }

    private void date(DelegateTask task) {
        WorkingDays days = settings.of(task.getTaskDefinitionKey());
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        // A date the model set itself wins; there is none today.
        if (task.getDueDate() == null) {
            task.setDueDate(Date.from(afterWorkingDays(now, days.due()).toInstant()));
        }
        if (task.getFollowUpDate() == null) {
            task.setFollowUpDate(Date.from(afterWorkingDays(now, days.followUp()).toInstant()));
        }
    }

    /**
     * The same time of day {@code days} working days later: from a Thursday, 5 working days is the next
     * Thursday; from a Saturday, the next Friday.
     */
    public static ZonedDateTime afterWorkingDays(ZonedDateTime from, int days) {
        ZonedDateTime date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return date;
    }
}
