package org.mineraldiligence.cmrt.emrt;

import java.util.List;
import java.util.Locale;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Severity;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.Field;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.TemplateVersion;

/**
 * The EMRT's own Checker sheet, row for row (docs/EMRT-FORMAT.md §6): every row whose "necessary?" and
 * "incomplete" columns multiply to 1 is one ERROR here, so a file passes iff Checker!D2 would say 0. The rows
 * were read from the Checker formulas of 1.1/1.11 (identical), 1.2/1.3 (identical) and 2.0/2.1 (identical but
 * for the Smelter List range).
 */
public final class EmrtCheckerRules {

    public static final String NOT_LISTED_INCOMPLETE = "EMRT-SMELTER-NOT-LISTED-INCOMPLETE";
    private static final String DECL = Sheets.DECLARATION;
    private static final TemplateVersion FIRST_WITH_NOT_LISTED_ROW = TemplateVersion.of("1.2");

    private EmrtCheckerRules() {
    }

    public static void apply(EmrtWorkbook wb, List<Finding> out) {
        company(wb, out);
        for (EmrtWorkbook.Slot s : wb.slots()) {
            mineral(wb, s, out);
        }
        companyQuestions(wb, out);
        productList(wb, out);
        smelters(wb, out);
    }

    private static void company(EmrtWorkbook wb, List<Finding> out) {
        required(wb, CompanyField.COMPANY_NAME, "EMRT-REQ-COMPANY-NAME", out);
        required(wb, CompanyField.SCOPE, "EMRT-REQ-DECLARATION-SCOPE", out);
        Answer scope = wb.scope();
        Field description = wb.field(CompanyField.SCOPE_DESCRIPTION);
        if (!scope.isBlank() && !scope.is(AnswerLists.SCOPE_COMPANY) && !scope.is(AnswerLists.SCOPE_PRODUCT)
                && description.isBlank()) {
            out.add(Finding.error("EMRT-REQ-SCOPE-DESCRIPTION", "The declaration scope is user defined (C), so describe "
                    + "the scope in 'Description of Scope' (Declaration " + description.cell() + ").", DECL, description.cell()));
        }
        if (wb.layout() == EmrtLayout.V2 && wb.slots().isEmpty()) {
            out.add(Finding.error("EMRT-REQ-MINERALS", "Select the minerals this declaration covers: at least one of "
                    + "cobalt, copper, graphite, lithium, mica and nickel in Declaration D12:G13 (choose the mineral, not "
                    + "'(Delete …)', in its cell).", DECL, "D12"));
        }
        required(wb, CompanyField.CONTACT_NAME, "EMRT-REQ-CONTACT-NAME", out);
        email(wb, CompanyField.CONTACT_EMAIL, "EMRT-REQ-CONTACT-EMAIL", out);
        required(wb, CompanyField.CONTACT_PHONE, "EMRT-REQ-CONTACT-PHONE", out);
        required(wb, CompanyField.AUTHORIZER, "EMRT-REQ-AUTHORIZER", out);
        email(wb, CompanyField.AUTHORIZER_EMAIL, "EMRT-REQ-AUTHORIZER-EMAIL", out);
        required(wb, CompanyField.EFFECTIVE_DATE, "EMRT-REQ-EFFECTIVE-DATE", out);
    }

    private static void required(EmrtWorkbook wb, CompanyField f, String ruleId, List<Finding> out) {
        Field field = wb.field(f);
        if (field.isBlank()) {
            out.add(Finding.error(ruleId, "'" + f.label() + "' is required: fill in Declaration " + field.cell() + ".",
                    DECL, field.cell()));
        }
    }

    private static void email(EmrtWorkbook wb, CompanyField f, String ruleId, List<Finding> out) {
        Field field = wb.field(f);
        if (field.isBlank() || !field.raw().contains("@")) {
            out.add(Finding.error(ruleId, "'" + f.label() + "' must be an e-mail address (containing @): fill in "
                    + "Declaration " + field.cell() + ".", DECL, field.cell()));
        }
    }

    private static void mineral(EmrtWorkbook wb, EmrtWorkbook.Slot s, List<Finding> out) {
        boolean spare = s.mineral() == null;
        Answer q1 = s.answer(1);
        if (q1.isBlank()) {
            out.add(Finding.error("EMRT-REQ-Q1-" + id(s), "Answer question 1 for " + s.label() + " (is it intentionally "
                    + "added or used?) in Declaration " + q1.cell() + ".", DECL, q1.cell()));
        }
        Answer q2 = s.answer(2);
        if (!spare && EmrtScope.needsQ2(wb, s) && q2.isBlank()) {
            out.add(Finding.error("EMRT-REQ-Q2-" + id(s), "Question 1 for " + s.label() + " is not No, Unknown or "
                    + notDeclaring(wb) + ", so answer question 2 (does it remain in the product?) in Declaration "
                    + q2.cell() + ".", DECL, q2.cell()));
        }
        if (!EmrtScope.inScope(wb, s)) {
            return;
        }
        for (int n = 3; n <= 7; n++) {
            Answer a = s.answer(n);
            // the 1.x Checker asks question 4 (100% recycled or scrap) for cobalt and the spare rows, not for mica
            boolean asked = !(n == 4 && wb.layout() == EmrtLayout.V1 && s.mineral() == ExtendedMineral.MICA);
            if (asked && a.isBlank()) {
                out.add(Finding.error("EMRT-REQ-Q" + n + "-" + id(s), s.label() + " is in scope (questions 1 and 2 are "
                        + "not negative), so answer question " + n + " in Declaration " + a.cell() + ".", DECL, a.cell()));
            }
        }
        Answer c = s.companyC();
        if (!spare && c.isBlank()) {
            out.add(Finding.error("EMRT-REQ-COMPANY-C-" + id(s), s.label() + " is in scope, so answer company question C "
                    + "(smelters/processors validated) for it in Declaration " + c.cell() + ".", DECL, c.cell()));
        }
    }

    private static void companyQuestions(EmrtWorkbook wb, List<Finding> out) {
        if (!EmrtScope.companyNeeded(wb)) {
            return;
        }
        if (olderThan12(wb)) {
            Field comment = wb.aComment();
            if (wb.companyAnswer('A').is(AnswerLists.YES) && length(comment) <= 1) {
                out.add(Finding.error("EMRT-REQ-A-COMMENT", "Question A says you have a policy: describe it in the "
                        + "comment field, Declaration " + comment.cell() + ".", DECL, comment.cell()));
            }
        }
        for (char letter : new char[] {'A', 'B', 'D', 'E', 'F', 'G'}) {
            Answer a = wb.companyAnswer(letter);
            if (letter == 'E' && wb.layout() == EmrtLayout.V1) {
                companyE(wb, out);
            } else if (a.isBlank()) {
                out.add(Finding.error("EMRT-REQ-COMPANY-" + letter, "Answer company-level question " + letter
                        + " in Declaration " + a.cell() + ".", DECL, a.cell()));
            }
            if (letter == 'B') {
                policyUrl(wb, out);
            }
        }
    }

    /** 1.x: E counts as answered only with a list value, and "other format" only with its description. */
    private static void companyE(EmrtWorkbook wb, List<Finding> out) {
        Answer e = wb.companyAnswer('E');
        boolean other = e.is(EmrtLayout.E_OTHER_FORMAT);
        if (e.is(AnswerLists.NO) || e.is(EmrtLayout.E_IPC1755) || other && !wb.otherFormat().isBlank()) {
            return;
        }
        if (other) {
            out.add(Finding.error("EMRT-REQ-COMPANY-E", "Question E says you use another format: describe it in the "
                    + "comment field, Declaration " + wb.otherFormat().cell() + ".", DECL, wb.otherFormat().cell()));
        } else {
            out.add(Finding.error("EMRT-REQ-COMPANY-E", "Answer company-level question E with one of the template's "
                    + "answers in Declaration " + e.cell() + ".", DECL, e.cell()));
        }
    }

    private static void policyUrl(EmrtWorkbook wb, List<Finding> out) {
        Field url = wb.policyUrl();
        if (wb.companyAnswer('B').is(AnswerLists.YES) && length(url) <= 1) {
            out.add(Finding.error("EMRT-REQ-POLICY-URL", "Question B says the policy is publicly available: put the "
                    + "policy's web address in the comment field, Declaration " + url.cell() + ".", DECL, url.cell()));
        }
    }

    private static void productList(EmrtWorkbook wb, List<Finding> out) {
        boolean b6 = wb.products().stream().anyMatch(p -> p.row() == Sheets.PRODUCT_FIRST_ROW && p.number() != null);
        if (wb.scope().is(AnswerLists.SCOPE_PRODUCT) && !b6) {
            out.add(Finding.error("EMRT-REQ-PRODUCT-LIST", "The scope is 'B. Product (or List of Products)', so list the "
                    + "products on the Product List sheet, starting with a product number in cell B6.", Sheets.PRODUCT_LIST, "B6"));
        }
    }

    private static void smelters(EmrtWorkbook wb, List<Finding> out) {
        for (EmrtWorkbook.Slot s : wb.mineralSlots()) {
            ExtendedMineral m = s.mineral();
            boolean listed = wb.smelters().stream().anyMatch(r -> r.mineral() == m && !blank(r.rawLookup()));
            if (EmrtScope.inScope(wb, s) && !listed) {
                out.add(Finding.error("EMRT-SMELTER-MISSING-FOR-MINERAL", m.label() + " is in scope but the Smelter List "
                        + "has no " + m.label() + " row with a smelter look-up value. Add its smelters or processors (or "
                        + "'Smelter not yet identified'), or correct questions 1 and 2 if "
                        + m.label().toLowerCase(Locale.ROOT) + " is not used.", Sheets.SMELTER_LIST, "C" + Sheets.SMELTER_FIRST_ROW));
            }
        }
        if (olderThan12(wb)) {
            return; // 1.1 and 1.11 have this row, but outside the sum that Checker!D2 shows
        }
        for (EmrtWorkbook.Smelter s : notListedIncomplete(wb)) {
            String missing = blank(s.rawName()) ? "D" : "E";
            out.add(Finding.error(NOT_LISTED_INCOMPLETE, "Row " + s.row().row() + " says 'Smelter not listed': enter the "
                    + "smelter's name (column D) and country (column E).", Sheets.SMELTER_LIST, missing + s.row().row()));
        }
    }

    /** Rows with "Smelter not listed" but no name or no country (the Checker's SUMPRODUCT over columns C-E). */
    static List<EmrtWorkbook.Smelter> notListedIncomplete(EmrtWorkbook wb) {
        return wb.smelters().stream().filter(s -> s.rawLookup() != null
                && s.rawLookup().equalsIgnoreCase(AnswerLists.NOT_LISTED) && (blank(s.rawName()) || blank(s.rawCountry())))
                .toList();
    }

    static boolean olderThan12(EmrtWorkbook wb) {
        TemplateVersion v = wb.recognition().version();
        return v != null && v.olderThan(FIRST_WITH_NOT_LISTED_ROW);
    }

    /** Number of Checker rows that fired, comparable with the cached Checker!D2. */
    public static int checkerCount(List<Finding> findings) {
        // one Checker row for all "Smelter not listed" rows, however many rows it finds
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR && f.ruleId().startsWith("EMRT-")
                && !f.ruleId().startsWith("EMRT-POLICY-") && !f.ruleId().equals(NOT_LISTED_INCOMPLETE)).count();
        boolean incomplete = findings.stream().anyMatch(f -> f.ruleId().equals(NOT_LISTED_INCOMPLETE));
        return (int) errors + (incomplete ? 1 : 0);
    }

    private static String id(EmrtWorkbook.Slot s) {
        return s.mineral() == null ? "SPARE-" + (s.index() + 1) : s.mineral().name();
    }

    private static String notDeclaring(EmrtWorkbook wb) {
        return wb.layout() == EmrtLayout.V1 ? "'" + EmrtLayout.NOT_APPLICABLE_V1 + "'" : "'" + EmrtLayout.NOT_DECLARING + "'";
    }

    private static int length(Field f) {
        return f.raw() == null ? 0 : f.raw().length();
    }

    static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
