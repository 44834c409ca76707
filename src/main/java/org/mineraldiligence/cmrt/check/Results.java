package org.mineraldiligence.cmrt.check;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.cmrt.SmelterRow;
import org.mineraldiligence.cmrt.Severity;
import org.mineraldiligence.cmrt.MetalDeclaration;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.CompanyInfo;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.emrt.EmrtScope;
import org.mineraldiligence.cmrt.emrt.EmrtWorkbook;
import org.mineraldiligence.cmrt.rules.Scope;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.SmelterEntry;

/** Builds the public {@link CheckResult} from the read workbook and the findings. */
final class Results {

    private Results() {
    }

    static CheckResult rejected(String file, String type, String version, Finding finding, Verdict verdict) {
        return new CheckResult(file, type, version, CompanyInfo.empty(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of(finding), verdict);
    }

    static CheckResult of(String file, CmrtWorkbook wb, List<Finding> findings) {
        Map<Metal, MetalDeclaration> metals = new EnumMap<>(Metal.class);
        for (Metal m : Metal.values()) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (int n = 1; n <= 8; n++) {
                Answer a = wb.answer(m, n);
                if (a.asked()) {
                    answers.put("Q" + n, a.isBlank() ? null : a.value());
                }
            }
            metals.put(m, new MetalDeclaration(Scope.inScope(wb, m), java.util.Collections.unmodifiableMap(answers)));
        }
        Map<String, String> company = new LinkedHashMap<>();
        for (char letter = 'A'; letter <= 'H'; letter++) {
            Answer a = wb.companyAnswer(letter);
            if (a.asked()) {
                company.put(String.valueOf(letter), a.isBlank() ? null : a.value());
            }
        }
        List<SmelterRow> smelters = wb.smelters().stream().map(SmelterEntry::row).toList();
        return new CheckResult(file, "CMRT", wb.recognition().versionText(), companyInfo(wb), metals, Map.of(), company,
                smelters, List.of(), wb.products(), findings, verdict(findings));
    }

    static CheckResult ofEmrt(String file, EmrtWorkbook wb, List<Finding> findings) {
        Map<ExtendedMineral, MetalDeclaration> minerals = new EnumMap<>(ExtendedMineral.class);
        for (EmrtWorkbook.Slot s : wb.mineralSlots()) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (int n = 1; n <= 7; n++) {
                answers.put("Q" + n, value(s.answer(n)));
            }
            answers.put("C", value(s.companyC()));
            minerals.put(s.mineral(), new MetalDeclaration(EmrtScope.inScope(wb, s),
                    java.util.Collections.unmodifiableMap(answers)));
        }
        Map<String, String> company = new LinkedHashMap<>();
        wb.companyAnswers().forEach((letter, a) -> company.put(String.valueOf(letter), value(a)));
        String scope = wb.scope().inList() ? wb.scope().value().substring(0, 1) : null;
        java.util.function.Function<CompanyField, String> text = f -> wb.field(f).text();
        CompanyInfo info = new CompanyInfo(text.apply(CompanyField.COMPANY_NAME), scope,
                text.apply(CompanyField.SCOPE_DESCRIPTION), text.apply(CompanyField.UNIQUE_ID),
                text.apply(CompanyField.UNIQUE_ID_AUTHORITY), text.apply(CompanyField.ADDRESS),
                text.apply(CompanyField.CONTACT_NAME), text.apply(CompanyField.CONTACT_EMAIL),
                text.apply(CompanyField.CONTACT_PHONE), text.apply(CompanyField.AUTHORIZER),
                text.apply(CompanyField.AUTHORIZER_TITLE), text.apply(CompanyField.AUTHORIZER_EMAIL),
                text.apply(CompanyField.AUTHORIZER_PHONE), wb.effectiveDate().date());
        List<SmelterRow> smelters = wb.smelters().stream().map(EmrtWorkbook.Smelter::row).toList();
        return new CheckResult(file, "EMRT", wb.recognition().versionText(), info, Map.of(), minerals, company, smelters,
                wb.mines(), wb.products(), findings, verdict(findings));
    }

    private static String value(Answer a) {
        return a.isBlank() ? null : a.value();
    }

    private static CompanyInfo companyInfo(CmrtWorkbook wb) {
        String scope = wb.scope().inList() ? wb.scope().value().substring(0, 1) : null;
        return new CompanyInfo(text(wb, CompanyField.COMPANY_NAME), scope, text(wb, CompanyField.SCOPE_DESCRIPTION),
                text(wb, CompanyField.UNIQUE_ID), text(wb, CompanyField.UNIQUE_ID_AUTHORITY), text(wb, CompanyField.ADDRESS),
                text(wb, CompanyField.CONTACT_NAME), text(wb, CompanyField.CONTACT_EMAIL), text(wb, CompanyField.CONTACT_PHONE),
                text(wb, CompanyField.AUTHORIZER), text(wb, CompanyField.AUTHORIZER_TITLE), text(wb, CompanyField.AUTHORIZER_EMAIL),
                text(wb, CompanyField.AUTHORIZER_PHONE), wb.effectiveDate().date());
    }

    private static String text(CmrtWorkbook wb, CompanyField f) {
        return wb.field(f).text();
    }

    static Verdict verdict(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return Verdict.INVALID;
        }
        return findings.isEmpty() ? Verdict.VALID : Verdict.VALID_WITH_WARNINGS;
    }
}
