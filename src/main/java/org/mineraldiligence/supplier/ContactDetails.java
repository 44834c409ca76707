package org.mineraldiligence.supplier;

/** A contact as an import row or the edit form gives it. */
public record ContactDetails(String name, String email, String phone, boolean primary) {

    /** A contact without a phone number (the import and the form take one when given). */
    public ContactDetails(String name, String email, boolean primary) {
        this(name, email, null, primary);
    }
}
