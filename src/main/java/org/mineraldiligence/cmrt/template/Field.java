package org.mineraldiligence.cmrt.template;

/** A free-text company field: raw text (null when blank) and its cell on the Declaration sheet. */
public record Field(String raw, String cell) {

    public boolean isBlank() {
        return raw == null || raw.isEmpty();
    }

    public String text() {
        return Text.clean(raw);
    }
}
