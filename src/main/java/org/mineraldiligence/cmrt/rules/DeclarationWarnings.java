package org.mineraldiligence.cmrt.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.EffectiveDate;
import org.mineraldiligence.cmrt.template.Field;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.Text;

/** Consistency flags on the Declaration sheet that the RMI Checker lacks (spec §12). */
public final class DeclarationWarnings {

    private static final String DECL = Sheets.DECLARATION;
    private static final Set<String> SAME = Set.of("same", "same as above", "see above", "as above", "ditto", "same as contact");
    private static final Set<String> PLACEHOLDERS = Set.of("n/a", "na", "tbd", "tba", "-", "--", ".", "x", "xx", "xxx", "none",
            "same", "see above", "unknown", "?", "test", "null", "nil");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+|\\S+\\.[a-z]{2,}(/\\S*)?");
    private static final LocalDate FIRST_CMRT_DAY = LocalDate.of(2007, 1, 1);
    private static final List<CompanyField> REQUIRED = List.of(CompanyField.COMPANY_NAME, CompanyField.SCOPE_DESCRIPTION,
            CompanyField.CONTACT_NAME, CompanyField.CONTACT_EMAIL, CompanyField.CONTACT_PHONE, CompanyField.AUTHORIZER,
            CompanyField.AUTHORIZER_EMAIL);

    private DeclarationWarnings() {
    }

    public static void apply(CmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        answersInList(wb, out);
        requiredFieldContent(wb, out);
        emails(wb, out);
        effectiveDate(wb, policy, out);
        answeredOutOfScope(wb, out);
        companyComments(wb, out);
        crossAnswers(wb, out);
        products(wb, out);
    }

    private static void answersInList(CmrtWorkbook wb, List<Finding> out) {
        notInList(wb.scope(), "the Declaration Scope", out);
        for (Metal m : Metal.values()) {
            for (int n = 1; n <= 8; n++) {
                Answer a = wb.answer(m, n);
                boolean unknownInQ1Q2 = n <= 2 && a.raw() != null && Text.key(a.raw()).equals("unknown");
                notInList(a, "question " + CheckerRules.nativeNumber(wb, n) + " for " + m.label()
                        + (unknownInQ1Q2 ? " ('Unknown' is not an option here: answer Yes or No)" : ""), out);
            }
        }
        for (char letter = 'A'; letter <= 'H'; letter++) {
            notInList(wb.companyAnswer(letter), "company question " + letter, out);
        }
    }

    private static void notInList(Answer a, String what, List<Finding> out) {
        if (a.isBlank() || a.exact()) {
            return;
        }
        out.add(Finding.warning("CMRT-WARN-ANSWER-NOT-IN-LIST", "The answer to " + what + " is not exactly one of the "
                + "dropdown values (check spelling, extra spaces or pasted text). Pick the answer from the dropdown in "
                + a.cell() + ".", DECL, a.cell()));
    }

    private static void requiredFieldContent(CmrtWorkbook wb, List<Finding> out) {
        for (CompanyField f : REQUIRED) {
            Field field = wb.field(f);
            if (Text.isWhitespaceOnly(field.raw())) {
                out.add(Finding.warning("CMRT-WARN-WHITESPACE-ONLY", "'" + f.label() + "' contains only spaces. Enter the "
                        + "real value in Declaration " + f.cell() + ".", DECL, f.cell()));
            } else if (f != CompanyField.AUTHORIZER && field.text() != null && PLACEHOLDERS.contains(Text.key(field.text()))) {
                out.add(Finding.warning("CMRT-WARN-PLACEHOLDER-VALUE", "'" + f.label() + "' holds a placeholder such as "
                        + "N/A, TBD or 'same' instead of a real value. Enter it in Declaration " + f.cell() + ".", DECL, f.cell()));
            }
        }
        Field auth = wb.field(CompanyField.AUTHORIZER);
        String k = Text.key(auth.raw());
        if (k != null && (SAME.contains(k.replaceAll("[.!]+$", "")) || PLACEHOLDERS.contains(k))) {
            out.add(Finding.warning("CMRT-WARN-AUTHORIZER-SAME", "'Authorizer' must name the person who authorises the "
                    + "declaration; 'same', 'see above' or a placeholder is not accepted. Enter the name in Declaration D18.",
                    DECL, CompanyField.AUTHORIZER.cell()));
        }
    }

    private static void emails(CmrtWorkbook wb, List<Finding> out) {
        for (CompanyField f : List.of(CompanyField.CONTACT_EMAIL, CompanyField.AUTHORIZER_EMAIL)) {
            String t = wb.field(f).text();
            if (t == null || !t.contains("@")) {
                continue; // the Checker rule already reports it
            }
            if (!EMAIL.matcher(t).matches()) {
                out.add(Finding.warning("CMRT-WARN-EMAIL-FORMAT", "'" + f.label() + "' does not look like a single valid "
                        + "e-mail address. Enter exactly one address (name@company.com) in Declaration " + f.cell() + ".",
                        DECL, f.cell()));
            }
        }
    }

    private static void effectiveDate(CmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        EffectiveDate d = wb.effectiveDate();
        String cell = CompanyField.EFFECTIVE_DATE.cell();
        String fix = " Enter the date the answers were valid as a date (e.g. 31-Jan-" + policy.reportingYear() + ") in Declaration " + cell + ".";
        switch (d.problem()) {
            case UNPARSEABLE -> out.add(Finding.warning("CMRT-WARN-EFFECTIVE-DATE", "The effective date cannot be read as a date." + fix, DECL, cell));
            case AMBIGUOUS -> out.add(Finding.warning("CMRT-WARN-EFFECTIVE-DATE", "The effective date is ambiguous (day and "
                    + "month could be swapped)." + fix, DECL, cell));
            case NONE -> {
                LocalDate today = LocalDate.now(policy.clock());
                if (d.date().isBefore(FIRST_CMRT_DAY)) {
                    out.add(Finding.warning("CMRT-WARN-EFFECTIVE-DATE", "The effective date is before 2007, earlier than any CMRT." + fix, DECL, cell));
                } else if (d.date().isAfter(today)) {
                    out.add(Finding.warning("CMRT-WARN-EFFECTIVE-DATE", "The effective date lies in the future." + fix, DECL, cell));
                } else if (d.date().getYear() < policy.reportingYear()) {
                    out.add(Finding.warning("CMRT-WARN-EFFECTIVE-DATE", "The effective date is before the reporting year "
                            + policy.reportingYear() + "; please send a declaration that covers " + policy.reportingYear() + "." + fix, DECL, cell));
                }
            }
            default -> {
                // blank: the Checker rule reports it
            }
        }
    }

    private static void answeredOutOfScope(CmrtWorkbook wb, List<Finding> out) {
        for (Metal m : Metal.values()) {
            Answer q1 = wb.answer(m, 1);
            Answer q2 = wb.answer(m, 2);
            if (q1.is(AnswerLists.NO) && !q2.isBlank()) {
                out.add(Finding.warning("CMRT-WARN-ANSWERED-OUT-OF-SCOPE", "Question 1 for " + m.label() + " is No, so question 2 "
                        + "should be left empty; clear " + q2.cell() + " or correct question 1.", DECL, q2.cell()));
            }
            if (q1.is(AnswerLists.NO) || q2.is(AnswerLists.NO)) {
                for (int n = 3; n <= 8; n++) {
                    Answer a = wb.answer(m, n);
                    if (!a.isBlank()) {
                        out.add(Finding.warning("CMRT-WARN-ANSWERED-OUT-OF-SCOPE", m.label() + " is declared out of scope "
                                + "(question 1 or 2 is No) but question " + CheckerRules.nativeNumber(wb, n) + " is answered; "
                                + "clear " + a.cell() + " or correct questions 1 and 2.", DECL, a.cell()));
                    }
                }
            }
        }
    }

    private static void companyComments(CmrtWorkbook wb, List<Finding> out) {
        Field url = wb.policyUrl();
        if (wb.companyAnswer('B').is(AnswerLists.YES) && url.text() != null && url.text().length() > 1
                && !URL.matcher(url.text()).find()) {
            out.add(Finding.warning("CMRT-WARN-POLICY-URL-FORMAT", "Question B says the policy is public, but the comment "
                    + "does not look like a web address. Put the policy's URL in Declaration " + url.cell() + ".", DECL, url.cell()));
        }
        Field other = wb.otherFormatComment();
        if (wb.companyAnswer('E').is(AnswerLists.E_OTHER_FORMAT) && other.cell() != null && other.text() == null) {
            out.add(Finding.warning("CMRT-WARN-E-OTHER-FORMAT-NO-DESCRIPTION", "Question E says suppliers are surveyed "
                    + "using another format: describe that format in the comment, Declaration " + other.cell() + ".", DECL, other.cell()));
        }
    }

    private static void crossAnswers(CmrtWorkbook wb, List<Finding> out) {
        for (Metal m : Metal.values()) {
            if (!Scope.inScope(wb, m)) {
                continue;
            }
            Answer q3 = wb.answer(m, 3);
            Answer q4 = wb.answer(m, 4);
            Answer q6 = wb.answer(m, 6);
            Answer q7 = wb.answer(m, 7);
            Answer q8 = wb.answer(m, 8);
            if (q7.is(AnswerLists.YES) && !q6.isBlank() && !q6.is(AnswerLists.HUNDRED_PERCENT)) {
                out.add(Finding.warning("CMRT-WARN-ALL-IDENTIFIED-PARTIAL-RESPONSE", "For " + m.label() + " all smelters are "
                        + "reported as identified (question " + CheckerRules.nativeNumber(wb, 7) + "), but not all suppliers "
                        + "have responded (question " + CheckerRules.nativeNumber(wb, 6) + "). Please correct one of the answers.",
                        DECL, q7.cell()));
            }
            boolean gaps = !q6.is(AnswerLists.HUNDRED_PERCENT) || !q7.is(AnswerLists.YES);
            if ((q3.is(AnswerLists.NO) || q4.is(AnswerLists.NO)) && gaps) {
                Answer a = q3.is(AnswerLists.NO) ? q3 : q4;
                out.add(Finding.warning("CMRT-WARN-NEGATIVE-SOURCING-WITH-GAPS", "For " + m.label() + " you state no sourcing "
                        + "from covered or high-risk areas while not all suppliers responded or not all smelters are identified. "
                        + "Answer 'Unknown' unless the whole supply chain is known.", DECL, a.cell()));
            }
            if (q8.is(AnswerLists.NO)) {
                out.add(Finding.warning("CMRT-WARN-NOT-ALL-REPORTED", "For " + m.label() + " not all smelter information "
                        + "received has been reported (question " + CheckerRules.nativeNumber(wb, 8) + " is No). Please add "
                        + "the missing smelters to the Smelter List.", DECL, q8.cell()));
            }
        }
    }

    private static void products(CmrtWorkbook wb, List<Finding> out) {
        boolean b6 = wb.products().stream().anyMatch(p -> p.row() == Sheets.PRODUCT_FIRST_ROW && p.number() != null);
        boolean any = !wb.products().isEmpty();
        if (wb.scope().is(AnswerLists.SCOPE_PRODUCT) && !b6 && any) {
            out.add(Finding.warning("CMRT-WARN-PRODUCT-LIST-NOT-AT-B6", "Products are listed, but not from cell B6: the RMI "
                    + "Checker only looks at B6. Move the list up so the first product number is in B6.", Sheets.PRODUCT_LIST, "B6"));
        }
        if (any && !wb.scope().is(AnswerLists.SCOPE_PRODUCT)) {
            out.add(Finding.warning("CMRT-WARN-PRODUCTS-WITHOUT-PRODUCT-SCOPE", "Products are listed but the declaration "
                    + "scope is not 'B. Product (or List of Products)'. Choose scope B or clear the Product List.",
                    DECL, CompanyField.SCOPE.cell()));
        }
    }
}
