package org.mineraldiligence.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.mineraldiligence.cmrt.CheckReport;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.Metal;

/**
 * The per-metal answers (Q1..Q8) and the declaration scope (A, B, C) of one supplier's valid CMRT, read from
 * the checker's stored JSON; the supplier's name says whom a figure counts.
 */
record SupplierDeclaration(String supplierName, String scope, Map<Metal, Map<String, String>> answers) {

    static SupplierDeclaration fromCheckJson(String supplierName, String checkJson) {
        CheckReport report = CmrtJson.read(checkJson);
        Map<Metal, Map<String, String>> answers = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            answers.put(metal, new HashMap<>(report.answers(metal)));
        }
        return new SupplierDeclaration(supplierName, report.declarationScope() == null ? "" : report.declarationScope(),
                answers);
    }

    String answer(Metal metal, int question) {
        return answers.getOrDefault(metal, Map.of()).get("Q" + question);
    }

    boolean says(Metal metal, int question, String value) {
        return value.equalsIgnoreCase(String.valueOf(answer(metal, question)));
    }

    /** The metal is in the declaration's scope: intentionally added and remaining in the product. */
    boolean covers(Metal metal) {
        return says(metal, 1, "Yes") && says(metal, 2, "Yes");
    }

    /** Some metal in scope: the supplier declares 3TG at all. */
    boolean coversAny() {
        return java.util.Arrays.stream(Metal.values()).anyMatch(this::covers);
    }

    /**
     * The seed's "company or divisional level or … unable to specify the smelters": a company-wide (A) or
     * user-defined (C) declaration, or one that does not claim to have identified every smelter of a metal (Q7).
     */
    boolean companyLevelOrUnspecified() {
        return "A".equals(scope) || "C".equals(scope)
                || java.util.Arrays.stream(Metal.values()).anyMatch(m -> covers(m) && !says(m, 7, "Yes"));
    }

    /** CMRT Q6: for some metal in scope, fewer than 75% of the supplier's own suppliers answered. */
    boolean heardFromFewerThanThreeQuarters() {
        return java.util.Arrays.stream(Metal.values()).anyMatch(m -> covers(m)
                && java.util.stream.Stream.of("Greater than 50%", "50% or less", "None").anyMatch(band -> says(m, 6, band)));
    }
}
