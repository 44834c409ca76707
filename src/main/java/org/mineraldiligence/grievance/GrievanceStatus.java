package org.mineraldiligence.grievance;

/** Where a grievance stands, as the reporter reads it on the follow-up page. */
public enum GrievanceStatus {
    RECEIVED("Received, waiting to be looked at"),
    INVESTIGATING("Being investigated"),
    ESCALATED("Before our executive management"),
    ANSWERED("Answered and closed");

    private final String label;

    GrievanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
