package org.mineraldiligence.cmrt.rules;

import java.util.List;
import java.util.Locale;

import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.Field;
import org.mineraldiligence.cmrt.template.SmelterEntry;
import org.mineraldiligence.cmrt.template.Sheets;

/**
 * The RMI Checker tab, rule for rule (spec §11): a file passes iff none of these fires. Older families
 * run the same logic on their own addresses for the questions they ask.
 */
public final class CheckerRules {

    private static final String DECL = Sheets.DECLARATION;

    private CheckerRules() {
    }

    public static void apply(CmrtWorkbook wb, List<Finding> out) {
        company(wb, out);
        metals(wb, out);
        companyQuestions(wb, out);
        productList(wb, out);
        smelters(wb, out);
    }

    private static void company(CmrtWorkbook wb, List<Finding> out) {
        required(wb, CompanyField.COMPANY_NAME, "CMRT-REQ-COMPANY-NAME", out);
        required(wb, CompanyField.SCOPE, "CMRT-REQ-DECLARATION-SCOPE", out);
        Answer scope = wb.scope();
        if (!scope.isBlank() && !scope.is(AnswerLists.SCOPE_COMPANY) && !scope.is(AnswerLists.SCOPE_PRODUCT)
                && wb.field(CompanyField.SCOPE_DESCRIPTION).isBlank()) {
            out.add(Finding.error("CMRT-REQ-SCOPE-DESCRIPTION", "The declaration scope is user defined (C), so describe "
                    + "the scope in 'Description of Scope' (Declaration D10).", DECL, CompanyField.SCOPE_DESCRIPTION.cell()));
        }
        required(wb, CompanyField.CONTACT_NAME, "CMRT-REQ-CONTACT-NAME", out);
        email(wb, CompanyField.CONTACT_EMAIL, "CMRT-REQ-CONTACT-EMAIL", out);
        required(wb, CompanyField.CONTACT_PHONE, "CMRT-REQ-CONTACT-PHONE", out);
        required(wb, CompanyField.AUTHORIZER, "CMRT-REQ-AUTHORIZER", out);
        email(wb, CompanyField.AUTHORIZER_EMAIL, "CMRT-REQ-AUTHORIZER-EMAIL", out);
        if (wb.layout().authorizerPhoneRequired()) {
            required(wb, CompanyField.AUTHORIZER_PHONE, "CMRT-REQ-AUTHORIZER-PHONE", out);
        }
        required(wb, CompanyField.EFFECTIVE_DATE, "CMRT-REQ-EFFECTIVE-DATE", out);
    }

    private static void required(CmrtWorkbook wb, CompanyField f, String ruleId, List<Finding> out) {
        if (wb.field(f).isBlank()) {
            out.add(Finding.error(ruleId, "'" + f.label() + "' is required: fill in Declaration " + f.cell() + ".", DECL, f.cell()));
        }
    }

    private static void email(CmrtWorkbook wb, CompanyField f, String ruleId, List<Finding> out) {
        Field field = wb.field(f);
        if (field.isBlank() || !field.raw().contains("@")) {
            out.add(Finding.error(ruleId, "'" + f.label() + "' must be an e-mail address (containing @): fill in Declaration "
                    + f.cell() + ".", DECL, f.cell()));
        }
    }

    private static void metals(CmrtWorkbook wb, List<Finding> out) {
        for (Metal m : Metal.values()) {
            String metal = m.name();
            Answer q1 = wb.answer(m, 1);
            if (q1.isBlank()) {
                out.add(Finding.error("CMRT-REQ-Q1-" + metal, "Answer question 1 for " + m.label()
                        + " (is it intentionally added or used?) with Yes or No in Declaration " + q1.cell() + ".", DECL, q1.cell()));
            }
            Answer q2 = wb.answer(m, 2);
            if (Scope.needQ2(wb, m) && !Scope.hasQ2(wb, m)) {
                out.add(Finding.error("CMRT-REQ-Q2-" + metal, "Question 2 for " + m.label() + " is required unless question 1 "
                        + "is No: answer question 1 with Yes or No and, if Yes, answer question 2 in Declaration " + q2.cell() + ".",
                        DECL, q2.cell()));
            }
            if (!Scope.inScope(wb, m)) {
                continue;
            }
            for (int n = 3; n <= 8; n++) {
                Answer qn = wb.answer(m, n);
                if (qn.asked() && !Scope.hasDueDiligenceAnswer(wb, m, n)) {
                    out.add(Finding.error("CMRT-REQ-Q" + n + "-" + metal, m.label() + " is in scope, so question "
                            + nativeNumber(wb, n) + " must be answered in Declaration " + qn.cell()
                            + " (questions 1 and 2 must both be Yes for the later answers to count).", DECL, qn.cell()));
                }
            }
        }
    }

    /** The question number as the supplier's template shows it. */
    static int nativeNumber(CmrtWorkbook wb, int modern) {
        int[] map = wb.layout().modernQuestion();
        for (int i = 0; i < map.length; i++) {
            if (map[i] == modern) {
                return i + 1;
            }
        }
        return modern;
    }

    private static void companyQuestions(CmrtWorkbook wb, List<Finding> out) {
        if (!Scope.companyNeeded(wb)) {
            return;
        }
        for (char letter = 'A'; letter <= 'H'; letter++) {
            Answer a = wb.companyAnswer(letter);
            if (a.asked() && a.isBlank()) {
                out.add(Finding.error("CMRT-REQ-COMPANY-" + letter, "Answer company-level question " + letter
                        + " in Declaration " + a.cell() + ".", DECL, a.cell()));
            }
        }
        Field url = wb.policyUrl();
        if (wb.companyAnswer('B').is(AnswerLists.YES) && (url.raw() == null || url.raw().length() <= 1)) {
            out.add(Finding.error("CMRT-REQ-POLICY-URL", "Question B says the policy is publicly available: put the "
                    + "policy's web address in the comment field, Declaration " + url.cell() + ".", DECL, url.cell()));
        }
    }

    private static void productList(CmrtWorkbook wb, List<Finding> out) {
        boolean b6 = wb.products().stream().anyMatch(p -> p.row() == Sheets.PRODUCT_FIRST_ROW && p.number() != null);
        if (wb.scope().is(AnswerLists.SCOPE_PRODUCT) && !b6) {
            out.add(Finding.error("CMRT-REQ-PRODUCT-LIST", "The scope is 'B. Product (or List of Products)', so list the "
                    + "products on the Product List sheet, starting with a product number in cell B6.", Sheets.PRODUCT_LIST, "B6"));
        }
    }

    private static void smelters(CmrtWorkbook wb, List<Finding> out) {
        for (Metal m : Metal.values()) {
            if (!Scope.inScope(wb, m)) {
                continue;
            }
            boolean listed = wb.smelters().stream().anyMatch(s -> s.metal() == m && s.raw(SmelterEntry.C) != null
                    && !s.raw(SmelterEntry.C).isEmpty());
            if (!listed) {
                out.add(Finding.error("CMRT-SMELTER-MISSING-FOR-METAL", m.label() + " is in scope but the Smelter List has "
                        + "no " + m.label() + " row with a smelter look-up value. Add its smelters (or 'Smelter not yet "
                        + "identified'), or correct questions 1 and 2 if " + m.label().toLowerCase(Locale.ROOT)
                        + " is not used.", Sheets.SMELTER_LIST, "C" + Sheets.SMELTER_FIRST_ROW));
            }
        }
        for (SmelterEntry s : wb.smelters()) {
            if (s.lookupIs(AnswerLists.NOT_LISTED) && (blank(s.raw(SmelterEntry.D)) || blank(s.raw(SmelterEntry.E)))) {
                String missing = blank(s.raw(SmelterEntry.D)) ? "D" : "E";
                out.add(Finding.error("CMRT-SMELTER-NOT-LISTED-INCOMPLETE", "Row " + s.rowNumber() + " says 'Smelter not "
                        + "listed': enter the smelter's name (column D) and country (column E).", Sheets.SMELTER_LIST,
                        missing + s.rowNumber()));
            }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    /** Number of distinct Checker rules that fired, comparable with the cached Checker!D2. */
    public static int checkerCount(List<Finding> findings) {
        // the Checker has one row per metal for the smelter rule, but a single row for not-listed rows
        long errors = findings.stream().filter(f -> f.severity() == org.mineraldiligence.cmrt.Severity.ERROR
                && !f.ruleId().equals("CMRT-SMELTER-NOT-LISTED-INCOMPLETE")).count();
        boolean incomplete = findings.stream().anyMatch(f -> f.ruleId().equals("CMRT-SMELTER-NOT-LISTED-INCOMPLETE"));
        return (int) errors + (incomplete ? 1 : 0);
    }
}
