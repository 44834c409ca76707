package org.mineraldiligence.cmrt.template;

/** The Declaration company block; the same cells from 3.x to 6.5 (spec §5.1, §9). */
public enum CompanyField {
    COMPANY_NAME("D8", "Company Name"),
    SCOPE("D9", "Declaration Scope or Class"),
    SCOPE_DESCRIPTION("D10", "Description of Scope"),
    UNIQUE_ID("D12", "Company Unique ID"),
    UNIQUE_ID_AUTHORITY("D13", "Company Unique ID Authority"),
    ADDRESS("D14", "Address"),
    CONTACT_NAME("D15", "Contact Name"),
    CONTACT_EMAIL("D16", "Email – Contact"),
    CONTACT_PHONE("D17", "Phone – Contact"),
    AUTHORIZER("D18", "Authorizer"),
    AUTHORIZER_TITLE("D19", "Title – Authorizer"),
    AUTHORIZER_EMAIL("D20", "Email – Authorizer"),
    AUTHORIZER_PHONE("D21", "Phone – Authorizer"),
    EFFECTIVE_DATE("D22", "Effective Date");

    private final String cell;
    private final String label;

    CompanyField(String cell, String label) {
        this.cell = cell;
        this.label = label;
    }

    public String cell() {
        return cell;
    }

    /** The English label, used in messages. */
    public String label() {
        return label;
    }
}
