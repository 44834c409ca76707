package org.mineraldiligence.grievance;

/** What the investigation concluded; the values of the process variable {@code outcome}. */
public enum GrievanceOutcome {
    UNFOUNDED("Unfounded"),
    RESOLVED("Resolved"),
    ESCALATED("Escalated to executive champions"),
    SMELTER_FLAGGED("Smelter flagged");

    private final String label;

    GrievanceOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
