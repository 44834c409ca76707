package org.mineraldiligence.report;

/** Where a supplier's answer stands, by its latest workbook. */
public enum ResponseState {
    VALID("valid"), INVALID("invalid"), AWAITING("awaiting");

    private final String label;

    ResponseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ResponseState of(String verdict) {
        if (verdict == null) {
            return AWAITING;
        }
        return "VALID".equals(verdict) || "VALID_WITH_WARNINGS".equals(verdict) ? VALID : INVALID;
    }
}
