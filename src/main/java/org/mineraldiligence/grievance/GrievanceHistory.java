package org.mineraldiligence.grievance;

import java.util.Set;

import org.mineraldiligence.engine.AnonymousProcess;
import org.springframework.stereotype.Component;

/** The grievance keeps only its day of arrival in the engine too: its history is kept by day, without texts. */
@Component
class GrievanceHistory implements AnonymousProcess {

    @Override
    public String processDefinitionKey() {
        return Grievances.PROCESS_KEY;
    }

    @Override
    public Set<String> variablesKeptInHistory() {
        return GrievanceVariables.KEPT_IN_HISTORY;
    }
}
