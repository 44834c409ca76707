package org.mineraldiligence.mail;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Complete models for each template, as a process step would build them. */
final class MailModels {

    static final String PORTAL_URL = "https://md.example.com/portal/s/Zx81-token";

    private MailModels() {
    }

    static Map<String, Object> complete(MailTemplate template, String supplierName) {
        Map<String, Object> model = new HashMap<>();
        model.put("supplierName", supplierName);
        model.put("reportingYear", 2026);
        model.put("deadline", LocalDate.of(2026, 5, 31));
        model.put("portalUrl", PORTAL_URL);
        model.put("commodityManagerName", "Carlos Ortega");
        model.put("commodityManagerEmail", "carlos@md.example.com");
        switch (template) {
            case RESUBMISSION_REQUEST -> model.put("findings", List.of(
                Map.of("problem", "Company name is missing", "location", "Declaration!D8",
                       "fix", "Enter your legal company name"),
                Map.of("problem", "Answer to question 1 for tin is missing", "location", "Declaration!D24",
                       "fix", "Answer Yes or No"),
                Map.of("problem", "Smelter not recognised", "location", "Smelter List!D12",
                       "fix", "Pick the smelter from the RMI list or give its smelter identification number")));
            case CORRECTIVE_ACTION_REQUEST -> model.put("actions", List.of("Ask smelter CID000123 to join an RMAP audit"));
            case PROGRAM_GUIDANCE -> model.put("weaknesses", List.of("No conflict-minerals policy published"));
            case ESCALATION_NOTICE -> model.put("reason", "No CMRT received after three reminders.");
            case DECISION_NOTICE -> model.put("decision", "We continue with an agreed risk-mitigation plan.");
            case SMELTER_RISK_CHANGED -> {
                model.put("smelter", "Northwind Refinery (CID900001, Gold)");
                model.put("withdrawn", false);
                model.put("by", "cora");
                model.put("why", "Buys gold smuggled from Ituri");
                model.put("riskLevel", "HIGH");
                model.put("riskReason", "Known or plausible evidence of unethical or conflict sourcing");
                model.put("consequence", "A new task is waiting for you in Tasklist.");
            }
            case TASK_DIGEST -> {
                model.put("personName", "Carlos Ortega");
                model.put("tasklistUrl", "https://md.example.com/camunda/app/tasklist/default/");
                model.put("tasks", List.of(
                    Map.of("name", "Contact unresponsive supplier " + supplierName,
                           "url", "https://md.example.com/camunda/app/tasklist/default/#/?task=t-1",
                           "due", java.time.LocalDateTime.of(2026, 12, 10, 9, 30)),
                    noDueDate("Confirm scope for RY2026", "https://md.example.com/camunda/app/tasklist/default/#/?task=t-2")));
            }
            case DECISION_NOTICE_MANAGER -> {
                model.put("decisionName", "Suspend the supplier");
                model.put("decidedBy", "Erin Exec (erin)");
                model.put("decidedOn", LocalDate.of(2026, 6, 2));
                model.put("rationale", "No CMRT after three reminders");
                model.put("nextSteps", "The survey ends as \"suspended\", which the cycle's report shows.");
                model.put("supplierTold", false);
            }
            default -> { }
        }
        return model;
    }

    private static Map<String, Object> noDueDate(String name, String url) {
        Map<String, Object> task = new HashMap<>(Map.of("name", name, "url", url));
        task.put("due", null);
        return task;
    }
}
