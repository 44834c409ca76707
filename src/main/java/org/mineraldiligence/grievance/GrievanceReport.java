package org.mineraldiligence.grievance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reporter typed into the public form. Blank optional fields become null, so that "nothing given"
 * is stored as nothing.
 */
public record GrievanceReport(GrievanceCategory category, String relatedParty, String description, String contact) {

    static final int MAX_DESCRIPTION = 10_000;
    static final int MIN_DESCRIPTION = 20;
    static final int MAX_SHORT_FIELD = 300;

    public GrievanceReport {
        relatedParty = blankToNull(relatedParty);
        description = description == null ? "" : description.strip();
        contact = blankToNull(contact);
    }

    /** Field name → what to do about it, in the order of the form; empty when the report can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (category == null) {
            problems.put("category", "Choose what your concern is about.");
        }
        if (relatedParty != null && relatedParty.length() > MAX_SHORT_FIELD) {
            problems.put("relatedParty", "Shorten the supplier or smelter name to " + MAX_SHORT_FIELD + " characters.");
        }
        if (description.length() < MIN_DESCRIPTION) {
            problems.put("description", "Describe your concern in at least " + MIN_DESCRIPTION + " characters.");
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.put("description", "Shorten the description to " + MAX_DESCRIPTION
                    + " characters; you can add more through your follow-up link afterwards.");
        }
        if (contact != null && contact.length() > MAX_SHORT_FIELD) {
            problems.put("contact", "Shorten the contact details to " + MAX_SHORT_FIELD + " characters.");
        }
        return problems;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
