package org.mineraldiligence.cmrt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one file plus the findings and the verdict. Immutable. For UNREADABLE and
 * NOT_A_CMRT results only {@code file}, possibly {@code templateType}/{@code templateVersion}, the
 * findings and the verdict are filled; collections are then empty. A CMRT fills {@code metals} (3TG), an
 * EMRT fills {@code minerals} (the minerals its Declaration covers) and, from 2.0 on, {@code mines}; the
 * other stays empty.
 */
public record CheckResult(String file, String templateType, String templateVersion, CompanyInfo company,
                          Map<Metal, MetalDeclaration> metals, Map<ExtendedMineral, MetalDeclaration> minerals,
                          Map<String, String> companyQuestions, List<SmelterRow> smelters, List<MineRow> mines,
                          List<ProductRow> products, List<Finding> findings, Verdict verdict) {

    public CheckResult {
        metals = metals.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(metals));
        minerals = minerals.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(minerals));
        mines = List.copyOf(mines);
        companyQuestions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(companyQuestions));
        smelters = List.copyOf(smelters);
        products = List.copyOf(products);
        findings = List.copyOf(findings);
    }

    public String companyName() {
        return company.companyName();
    }

    public String declarationScope() {
        return company.declarationScope();
    }

    public LocalDate effectiveDate() {
        return company.effectiveDate();
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /** True when some finding carries this rule id. */
    public boolean has(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
