package org.mineraldiligence.supplier.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The columns an ERP's supplier export may have, with the header spellings we recognise, SAP's, Oracle's and
 * Dynamics' among them. Headers are compared without case, spaces or punctuation, so "Vendor No.",
 * "vendor_no" and "VENDOR NO" are one column. The import page lists the spellings; anything else is mapped
 * by hand in the mapping step.
 */
enum SupplierColumn {
    CODE("supplier code", "Supplier code", "Code", "Supplier ID", "Supplier number", "Supplier No.", "Vendor",
            "Vendor code", "Vendor ID", "Vendor number", "Vendor No.", "Vendor account", "ID", "ERP ID", "LIFNR"),
    NAME("supplier name", "Supplier name", "Name", "Supplier", "Vendor name", "Vendor Name 1", "Name 1",
            "Company", "Company name", "NAME1"),
    COUNTRY("country", "Country", "Supplier country", "Country name", "Country code", "Ctry", "Country key",
            "Country/region", "LAND1"),
    COMMODITY("commodity", "Commodity", "Commodity group", "Category", "Material group", "Purchasing category"),
    COMMODITY_MANAGER("commodity manager", "Commodity manager", "Commodity manager user id", "Commodity manager id",
            "Commodity manager user", "Manager", "Buyer", "Buyer (User)", "Buyer user", "Buyer ID", "Purchasing agent"),
    CONTACT_NAME("contact name", "Contact", "Contact name", "Contact person"),
    CONTACT_EMAIL("contact e-mail", "Email", "E-mail", "Email address", "Contact email", "Contact e-mail",
            "Contact email address", "Primary e-mail"),
    CONTACT_PHONE("contact phone", "Phone", "Telephone", "Phone number", "Contact phone", "Tel.", "Telephone number",
            "TELF1"),
    PRIMARY("primary", "Primary", "Primary contact", "Is primary", "Primary flag", "Main contact"),
    SPEND("annual direct spend", "Spend", "Annual spend", "Annual direct spend", "Direct spend", "Spend amount",
            "Annual spend amount", "Spend FY2025 (any year)", "Purchase amount", "Invoiced amount"),
    CURRENCY("currency", "Currency", "Currency code", "Spend currency", "Curr.", "Crcy", "Currency key", "WAERS"),
    DIRECT("direct/indirect", "Direct", "Direct/Indirect", "Direct indirect", "Spend type", "Supplier type",
            "Type", "Is direct");

    /** "Spend FY2025", "Spend 2026", "FY24 spend": spend of a fiscal year, whatever the year. */
    private static final Pattern YEAR_SPEND = Pattern.compile("(spend(fy)?\\d{2,4})|(fy\\d{2,4}spend)");

    private final String label;
    private final List<String> spellings;
    private final Set<String> headers;

    SupplierColumn(String label, String... spellings) {
        this.label = label;
        this.spellings = List.of(spellings);
        this.headers = Arrays.stream(spellings).map(SupplierColumn::normalise).collect(Collectors.toSet());
    }

    /** How a problem and the mapping step name the column. */
    String label() {
        return label;
    }

    /** The header spellings recognised without mapping, as the import page lists them. */
    List<String> spellings() {
        return spellings;
    }

    boolean required() {
        return this == CODE || this == NAME;
    }

    static Optional<SupplierColumn> forHeader(String header) {
        String key = normalise(header);
        if (YEAR_SPEND.matcher(key).matches()) {
            return Optional.of(SPEND);
        }
        return Arrays.stream(values()).filter(column -> column.headers.contains(key)).findFirst();
    }

    /** The header as mappings are remembered: lower case letters and digits only. */
    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
