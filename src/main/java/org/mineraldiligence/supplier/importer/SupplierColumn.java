package org.mineraldiligence.supplier.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an ERP's supplier export may have. Headers are compared without case, spaces or punctuation,
 * so "Vendor No.", "vendor_no" and "VENDOR NO" are one column.
 */
enum SupplierColumn {
    CODE("supplier code", "code", "supplier code", "supplier id", "supplier number", "supplier no", "vendor",
            "vendor code", "vendor id", "vendor number", "vendor no", "id", "erp id"),
    NAME("supplier name", "name", "supplier name", "supplier", "vendor name", "company", "company name"),
    COUNTRY("country", "country", "supplier country", "country name", "country code"),
    COMMODITY("commodity", "commodity", "commodity group", "category", "material group"),
    COMMODITY_MANAGER("commodity manager", "commodity manager", "commodity manager user id",
            "commodity manager id", "commodity manager user", "manager", "buyer"),
    CONTACT_NAME("contact name", "contact", "contact name", "contact person"),
    CONTACT_EMAIL("contact e-mail", "email", "e-mail", "email address", "contact email", "contact e-mail",
            "contact email address"),
    PRIMARY("primary", "primary", "primary contact", "is primary", "primary flag", "main contact"),
    SPEND("annual direct spend", "spend", "annual spend", "annual direct spend", "direct spend", "spend amount",
            "annual spend amount"),
    CURRENCY("currency", "currency", "currency code", "spend currency"),
    DIRECT("direct/indirect", "direct", "direct/indirect", "direct indirect", "spend type", "supplier type",
            "type", "is direct");

    private final String label;
    private final Set<String> headers;

    SupplierColumn(String label, String... headers) {
        this.label = label;
        this.headers = Arrays.stream(headers).map(SupplierColumn::normalise).collect(java.util.stream.Collectors.toSet());
    }

    /** How a problem names the column. */
    String label() {
        return label;
    }

    static Optional<SupplierColumn> forHeader(String header) {
        String key = normalise(header);
        return Arrays.stream(values()).filter(column -> column.headers.contains(key)).findFirst();
    }

    private static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
