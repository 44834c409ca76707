package org.mineraldiligence.cycle;

import java.util.List;
import java.util.function.Function;

import org.mineraldiligence.supplier.Supplier;

/**
 * Starts the surveys of a cycle's suppliers. Surveys sit above cycles, so the survey package implements
 * this and the reporting cycle calls it without knowing how a survey runs.
 */
public interface SurveyLaunch {

    /**
     * Starts a survey for each supplier that has none in the cycle yet: a retried chunk starts only the missing.
     * Each survey asks its supplier for the templates {@code requested} gives it.
     */
    void launchAll(ReportingCycle cycle, List<Supplier> suppliers, Function<Supplier, RequestedTemplates> requested);
}
