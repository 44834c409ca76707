package org.mineraldiligence.supplier;

/** A contact as an import row or the edit form gives it. */
public record ContactDetails(String name, String email, boolean primary) {
}
