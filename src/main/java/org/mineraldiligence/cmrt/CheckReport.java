package org.mineraldiligence.cmrt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The one schema of a check result as JSON (issue #3's field names): what {@code check-cmrt} prints, what
 * {@code POST /api/cmrt/check} answers and what a submission stores, read back by the pages, the e-mails,
 * the smelter assessment and the reports. Flat where {@link CheckResult} nests the company block, metals
 * keyed by their label. Unknown fields are ignored and missing ones read as null or empty, so results stored
 * by an older or newer writer still read. {@code templateType} says which RMI template the file is ("CMRT",
 * "EMRT", or e.g. "CRT" for a file recognised as a template we do not read). For an EMRT, {@code metals} is
 * keyed by the {@link ExtendedMineral} label ("Cobalt", "Mica", …) of the minerals its Declaration covers,
 * with answers Q1..Q7 and "C" (company question C, which the EMRT asks per mineral); {@code companyQuestions}
 * holds A, B, D, E, F, G; {@code mines} is the Mine List (EMRT 2.x), left out of the JSON when empty so a
 * CMRT's JSON stays what it always was.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"file", "templateType", "templateVersion", "companyName", "declarationScope", "scopeDescription",
        "companyUniqueId", "companyUniqueIdAuthority", "address", "contactName", "contactEmail", "contactPhone",
        "authorizerName", "authorizerTitle", "authorizerEmail", "authorizerPhone", "effectiveDate", "metals",
        "companyQuestions", "smelters", "mines", "products", "findings", "verdict"})
public record CheckReport(String file, String templateType, String templateVersion, String companyName,
                          String declarationScope, String scopeDescription, String companyUniqueId,
                          String companyUniqueIdAuthority, String address, String contactName, String contactEmail,
                          String contactPhone, String authorizerName, String authorizerTitle, String authorizerEmail,
                          String authorizerPhone, String effectiveDate, Map<String, MetalDeclaration> metals,
                          Map<String, String> companyQuestions, List<SmelterRow> smelters,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MineRow> mines,
                          List<ProductRow> products, List<Finding> findings, String verdict) {

    public CheckReport {
        metals = metals == null ? Map.of() : metals;
        companyQuestions = companyQuestions == null ? Map.of() : companyQuestions;
        smelters = smelters == null ? List.of() : smelters;
        mines = mines == null ? List.of() : mines;
        products = products == null ? List.of() : products;
        findings = findings == null ? List.of() : findings;
    }

    public static CheckReport of(CheckResult r) {
        CompanyInfo c = r.company();
        Map<String, MetalDeclaration> metals = new LinkedHashMap<>();
        for (Metal m : Metal.values()) {
            MetalDeclaration d = r.metals().get(m);
            if (d != null) {
                metals.put(m.label(), d);
            }
        }
        for (ExtendedMineral m : ExtendedMineral.values()) {
            MetalDeclaration d = r.minerals().get(m);
            if (d != null) {
                metals.put(m.label(), d);
            }
        }
        return new CheckReport(r.file(), r.templateType(), r.templateVersion(), c.companyName(), c.declarationScope(),
                c.scopeDescription(), c.uniqueId(), c.uniqueIdAuthority(), c.address(), c.contactName(),
                c.contactEmail(), c.contactPhone(), c.authorizerName(), c.authorizerTitle(), c.authorizerEmail(),
                c.authorizerPhone(), c.effectiveDate() == null ? null : c.effectiveDate().toString(), metals,
                r.companyQuestions(), r.smelters(), r.mines(), r.products(), r.findings(), r.verdict().name());
    }

    /** The answers Q1..Q8 given for this metal; empty when the file declares nothing for it. */
    public Map<String, String> answers(Metal metal) {
        MetalDeclaration d = metals.get(metal.label());
        return d == null || d.answers() == null ? Map.of() : d.answers();
    }
}
