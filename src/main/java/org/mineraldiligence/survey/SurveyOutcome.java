package org.mineraldiligence.survey;

/** How a supplier's survey ended, as the cycle's report counts it. */
public enum SurveyOutcome {
    VALID_LOW_RISK("Valid, low risk"),
    VALID_WITH_MITIGATIONS("Valid, risks mitigated or accepted"),
    EXEMPTED("Accepted with recorded exceptions"),
    SUSPENDED("Suspended by the executive champions"),
    DISENGAGED("Disengaged by the executive champions"),
    OUT_OF_SCOPE("Out of scope");

    private final String label;

    SurveyOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
