package org.mineraldiligence.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * The history the engine keeps ({@code camunda.bpm.history-level: full-without-variable-log}): Camunda's
 * "full" level without the log of every variable write (ACT_HI_DETAIL). Task, identity-link, job and
 * incident history stay, and so does each variable's last value; the write-by-write log, which only
 * Enterprise Cockpit shows, made about a sixth of the database work of launching a cycle.
 */
@Component
public class HistoryWithoutVariableLog extends AbstractProcessEnginePlugin implements HistoryLevel {

    public static final String NAME = "full-without-variable-log";

    @Override
    public int getId() {
        // 0 to 3 are Camunda's own levels; the id is stored in the database, so it never changes.
        return 31;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                && eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(this);
        configuration.setCustomHistoryLevels(levels);
    }
}
