package org.mineraldiligence.mail;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The messages we send, each a trio of Thymeleaf templates under {@code templates/mail/}:
 * {@code NAME.subject.txt}, {@code NAME.html} and {@code NAME.txt}. The model keys listed here must be
 * present; rendering refuses a request without them, so a step with incomplete data fails visibly
 * instead of mailing a supplier a blank deadline.
 */
public enum MailTemplate {
    SURVEY_REQUEST("survey-request"),
    REMINDER("reminder"),
    /** The deadline a commodity manager agreed with an unresponsive supplier, confirmed in writing. */
    NEW_DEADLINE("new-deadline"),
    /** {@code findings}: list of objects or maps with {@code problem}, {@code location} (sheet!cell), {@code fix}. */
    RESUBMISSION_REQUEST("resubmission-request", "findings"),
    /** {@code actions}: list of strings, what the supplier must do about the named smelters or practices. */
    CORRECTIVE_ACTION_REQUEST("corrective-action-request", "actions"),
    /** {@code weaknesses}: list of strings, the gaps found in the supplier's programme. */
    PROGRAM_GUIDANCE("program-guidance", "weaknesses"),
    /** {@code reason}: why the supplier was escalated to an executive champion. */
    ESCALATION_NOTICE("escalation-notice", "reason"),
    /** {@code decision}: what was decided; {@code nextSteps} (optional): what follows from it. */
    DECISION_NOTICE("decision-notice", "decision"),
    /**
     * To a commodity manager: a smelter the supplier declared was flagged ({@code withdrawn} false) or its flag
     * withdrawn; {@code smelter}, {@code by}, {@code why}, {@code riskLevel}, {@code riskReason},
     * {@code consequence} (what happened to the survey). {@code portalUrl} is our survey page.
     */
    SMELTER_RISK_CHANGED("smelter-risk-changed", "smelter", "withdrawn", "by", "why", "riskLevel", "riskReason",
            "consequence"),
    /**
     * To a colleague, not a supplier (none of the common keys): the user tasks that arrived for them.
     * {@code personName}; {@code tasks}: list of {@code TaskDigest.Entry}-like objects with {@code name},
     * {@code url}, {@code created} and {@code due}; {@code tasklistUrl}.
     */
    TASK_DIGEST("task-digest", false, "personName", "tasks", "tasklistUrl"),
    /**
     * The executive decision told to the supplier's commodity manager (never the supplier's letter):
     * {@code decisionName}, {@code decidedBy}, {@code decidedOn} (a LocalDate), {@code rationale},
     * {@code nextSteps}, {@code supplierTold} (Boolean); {@code portalUrl} is our supplier page here.
     */
    DECISION_NOTICE_MANAGER("decision-notice-manager", "decisionName", "decidedBy", "decidedOn", "rationale",
            "nextSteps", "supplierTold");

    /**
     * Keys every template needs: {@code supplierName}; {@code reportingYear} (e.g. 2026); {@code deadline}
     * (a LocalDate); {@code portalUrl} (the supplier's personal link); {@code commodityManagerName} and
     * {@code commodityManagerEmail} (whom to contact).
     */
    public static final List<String> COMMON_KEYS = List.of(
        "supplierName", "reportingYear", "deadline", "portalUrl", "commodityManagerName", "commodityManagerEmail");

    private final String templateName;
    private final boolean toSupplier;
    private final List<String> extraKeys;

    MailTemplate(String templateName, String... extraKeys) {
        this(templateName, true, extraKeys);
    }

    MailTemplate(String templateName, boolean toSupplier, String... extraKeys) {
        this.templateName = templateName;
        this.toSupplier = toSupplier;
        this.extraKeys = List.of(extraKeys);
    }

    public String templateName() {
        return templateName;
    }

    public List<String> requiredKeys() {
        return toSupplier ? Stream.concat(COMMON_KEYS.stream(), extraKeys.stream()).toList() : extraKeys;
    }

    public static MailTemplate named(String templateName) {
        return Arrays.stream(values()).filter(t -> t.templateName.equals(templateName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mail template named " + templateName));
    }
}
