package org.mineraldiligence.cmrt.template;

/**
 * A dropdown answer as read: {@code raw} is the cell text (null when blank), {@code value} the canonical
 * list value it matches leniently (or the normalised text when it matches nothing), {@code exact}
 * whether RMI's own case-insensitive, whitespace-sensitive comparison would accept it, and
 * {@code cell} its address on the Declaration sheet (null when the template does not ask it).
 */
public record Answer(String raw, String value, boolean inList, boolean exact, String cell) {

    public static Answer absent() {
        return new Answer(null, null, false, false, null);
    }

    public static Answer blank(String cell) {
        return new Answer(null, null, false, false, cell);
    }

    public boolean isBlank() {
        return raw == null || raw.isEmpty();
    }

    public boolean is(String canonical) {
        return value != null && value.equalsIgnoreCase(canonical);
    }

    /** Present in this template at all. */
    public boolean asked() {
        return cell != null;
    }
}
