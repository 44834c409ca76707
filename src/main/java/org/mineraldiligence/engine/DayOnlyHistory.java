package org.mineraldiligence.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * What the engine keeps of an {@link AnonymousProcess}: every time by its day (UTC midnight), and no
 * variable but the ones the process names as kept. It sits in front of Camunda's database history handler,
 * so it sees every history event (process, activity and task instances, identity links, variables, job
 * logs, incidents, the user operation log) before it is written:
 * <ul>
 * <li>each date of the event (start, end, creation, time stamp, due date, removal time) is cut to its day
 *     and durations are recomputed from the cut times;</li>
 * <li>a variable not kept (a free text a person typed) never reaches history, so when the process removes
 *     it after moving it into our tables, nothing of it is left, not even as a deleted variable;</li>
 * <li>when the instance ends, Camunda writes the removal time (end plus time to live) into all of its history
 *     rows from the exact end time; the handler writes the one from the end's day after it.</li>
 * </ul>
 * The running tasks of such a process (their creation and last-update times, {@code ACT_RU_TASK}) are cut to
 * the day by a task listener that every user task of the process gets.
 */
@Component
public class DayOnlyHistory extends AbstractProcessEnginePlugin {

    private final Map<String, Set<String>> keptVariables;

    DayOnlyHistory(List<AnonymousProcess> processes) {
        this.keptVariables = processes.stream().collect(Collectors.toMap(AnonymousProcess::processDefinitionKey,
                process -> Set.copyOf(process.variablesKeptInHistory())));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler database = configuration.getHistoryEventHandler() != null
                ? configuration.getHistoryEventHandler()
                : configuration.getCustomHistoryEventHandlers() == null ? new CompositeDbHistoryEventHandler()
                : new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new Handler(database, keptVariables));

        EveryUserTask.add(configuration, task -> {
            if (keptVariables.containsKey(task.processKey())) {
                for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                        TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE)) {
                    task.definition().addTaskListener(event, DayOnlyHistory::cutTaskTimes);
                }
            }
        });
    }

    private static void cutTaskTimes(DelegateTask delegate) {
        TaskEntity task = (TaskEntity) delegate;
        task.setCreateTime(day(task.getCreateTime()));
        task.setLastUpdated(day(task.getLastUpdated()));
        // a due date N working days after arrival would give the arrival time away
        if (task.getDueDate() != null && !task.getDueDate().equals(day(task.getDueDate()))) {
            task.setDueDate(day(task.getDueDate()));
        }
        if (task.getFollowUpDate() != null && !task.getFollowUpDate().equals(day(task.getFollowUpDate()))) {
            task.setFollowUpDate(day(task.getFollowUpDate()));
        }
    }

    static Date day(Date time) {
        return time == null ? null : Date.from(time.toInstant().truncatedTo(ChronoUnit.DAYS));
    }

    /** The history event handler: cuts and filters the events of anonymous processes, passes on the rest. */
    static final class Handler implements HistoryEventHandler {

        private final HistoryEventHandler database;
        private final Map<String, Set<String>> keptVariables;

        Handler(HistoryEventHandler database, Map<String, Set<String>> keptVariables) {
            this.database = database;
            this.keptVariables = keptVariables;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            Set<String> kept = keptVariables.get(processKeyOf(event));
            if (kept == null) {
                database.handleEvent(event);
                return;
            }
            if (event instanceof HistoricVariableUpdateEventEntity variable && !kept.contains(variable.getVariableName())) {
                return;
            }
            cutDates(event);
            database.handleEvent(event);
            if (event instanceof HistoricProcessInstanceEventEntity instance
                    && event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END) && instance.getEndTime() != null) {
                keepRemovalTimeByDay(instance);
            }
        }

        /**
         * Camunda gives every history row of an ended instance its removal time (end time plus the time to
         * live), computed from the exact end time after this handler has seen the end event. The removal time
         * from the day of the end is written last, when the command closes.
         */
        private static void keepRemovalTimeByDay(HistoricProcessInstanceEventEntity instance) {
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(instance.getProcessDefinitionId());
            Integer days = definition.getHistoryTimeToLive();
            if (days == null) {
                return;
            }
            String root = instance.getRootProcessInstanceId();
            Date removal = Date.from(day(instance.getEndTime()).toInstant().plus(days, ChronoUnit.DAYS));
            Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
                @Override
                public void onCommandContextClose(CommandContext context) {
                    context.getHistoricProcessInstanceManager()
                            .addRemovalTimeToProcessInstancesByRootProcessInstanceId(root, removal);
                }

                @Override
                public void onCommandFailed(CommandContext context, Throwable failure) {
                }
            });
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private static String processKeyOf(HistoryEvent event) {
            if (event.getProcessDefinitionKey() != null) {
                return event.getProcessDefinitionKey();
            }
            if (event.getProcessDefinitionId() == null || Context.getProcessEngineConfiguration() == null) {
                return null;
            }
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(event.getProcessDefinitionId());
            return definition == null ? null : definition.getKey();
        }

        /** Every date field of the event's class and its super classes, cut to the day. */
        private static void cutDates(HistoryEvent event) {
            for (Class<?> type = event.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType() == Date.class && !Modifier.isStatic(field.getModifiers())) {
                        update(event, field, time -> day((Date) time));
                    }
                }
            }
            if (event instanceof HistoricScopeInstanceEvent scope && scope.getStartTime() != null
                    && scope.getEndTime() != null) {
                scope.setDurationInMillis(scope.getEndTime().getTime() - scope.getStartTime().getTime());
            }
        }

        private static void update(Object target, Field field, Function<Object, Object> change) {
            try {
                field.setAccessible(true);
                field.set(target, change.apply(field.get(target)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot cut " + field + " to the day", e);
            }
        }
    }
}
