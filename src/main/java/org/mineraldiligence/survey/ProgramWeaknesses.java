package org.mineraldiligence.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The seed's four program-strength criteria a supplier's CMRT did not meet, in words for the guidance e-mail. */
final class ProgramWeaknesses {

    private static final Map<String, String> CRITERIA = Map.of(
            "A", "You have no responsible minerals sourcing policy covering conflict-free sourcing (CMRT question A).",
            "D", "You have not implemented due diligence measures for conflict-free sourcing (question D).",
            "F", "You do not review the due diligence information your suppliers send you (question F).",
            "G", "Your review of suppliers' information does not include corrective action management (question G).");

    private ProgramWeaknesses() {
    }

    static List<String> of(DelegateExecution execution) {
        List<String> weaknesses = new ArrayList<>();
        for (String letter : List.of("A", "D", "F", "G")) {
            if (!"Yes".equals(execution.getVariable("company" + letter))) {
                weaknesses.add(CRITERIA.get(letter));
            }
        }
        return weaknesses;
    }
}
