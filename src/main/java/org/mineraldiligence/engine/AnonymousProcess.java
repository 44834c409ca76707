package org.mineraldiligence.engine;

import java.util.Set;

/**
 * A process whose instances must not tell when something happened beyond the day, nor keep what people
 * wrote in its forms (the grievance: its arrival time could name an anonymous reporter). A feature declares
 * its process as a bean; {@link DayOnlyHistory} then keeps the engine's records of it by day only and
 * leaves every other variable out of history.
 */
public interface AnonymousProcess {

    /** The BPMN process id. */
    String processDefinitionKey();

    /** The variables whose value history may keep (ids and choices, never free text). */
    Set<String> variablesKeptInHistory();
}
