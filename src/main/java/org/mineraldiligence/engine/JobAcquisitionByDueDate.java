package org.mineraldiligence.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Job acquisition that stays cheap with tens of thousands of waiting timers (two per open survey). Camunda's
 * default query looks for due jobs in no order and without an index, so each acquisition may read far into
 * the timers that are not due. Here every job has a due date, jobs are acquired in due-date order, and
 * indexes serve that order and the check for locked jobs.
 */
@Component
public class JobAcquisitionByDueDate extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
        configuration.setJobExecutorAcquireByDueDate(true);
    }

    /** The engine creates its own tables; the index joins them once they exist (H2 and PostgreSQL alike). */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            String jobTable = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
            statement.execute("CREATE INDEX IF NOT EXISTS MD_IDX_JOB_DUEDATE ON " + jobTable + " (DUEDATE_)");
            // Acquisition skips process instances whose exclusive jobs are locked; without this index
            // PostgreSQL finds those by reading the whole job table on every acquisition.
            statement.execute("CREATE INDEX IF NOT EXISTS MD_IDX_JOB_LOCK_EXP ON " + jobTable + " (LOCK_EXP_TIME_)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the job due-date index", e);
        }
    }
}
