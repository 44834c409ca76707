package org.mineraldiligence.cmrt.rules;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.EffectiveDate;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.TemplateVersion;

/**
 * What the cycle's policy refuses although the RMI Checker passes it: a revision older than the oldest
 * accepted one, an effective date older than the oldest accepted date. These are errors, and the
 * checker lists them first: no other correction helps while they stand.
 */
public final class PolicyRules {

    public static final String OLD_REVISION = "CMRT-POLICY-OLD-REVISION";
    public static final String OLD_EFFECTIVE_DATE = "CMRT-POLICY-EFFECTIVE-DATE";

    private static final TemplateVersion DATE_VALIDATION_FIXED = TemplateVersion.of("6.31");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private PolicyRules() {
    }

    public static boolean isPolicyRule(String ruleId) {
        return ruleId.startsWith("CMRT-POLICY-") || ruleId.startsWith("EMRT-POLICY-");
    }

    public static void apply(CmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        TemplateVersion v = wb.recognition().version();
        TemplateVersion minimum = TemplateVersion.of(policy.minimumRevision());
        if (v != null && minimum != null && v.olderThan(minimum)) {
            out.add(Finding.error(OLD_REVISION, "This is CMRT " + v.text() + "; we accept " + minimum.text()
                    + " or newer. Download the current template (CMRT " + TemplateVersion.NEWEST_KNOWN.text()
                    + "), copy your answers into it and upload it" + (v.olderThan(DATE_VALIDATION_FIXED)
                    ? " (revisions before 6.31 also refuse effective dates after 31 March 2026)." : "."),
                    Sheets.DECLARATION, "J3"));
        }
        EffectiveDate date = wb.effectiveDate();
        if (policy.oldestEffectiveDate() != null && date.problem() == EffectiveDate.Problem.NONE
                && date.date().isBefore(policy.oldestEffectiveDate())) {
            out.add(Finding.error(OLD_EFFECTIVE_DATE, "The effective date is before " + DAY.format(policy.oldestEffectiveDate())
                    + ", the oldest we accept for this survey. Bring your answers up to date and enter the date they were "
                    + "valid in Declaration " + CompanyField.EFFECTIVE_DATE.cell() + ".", Sheets.DECLARATION,
                    CompanyField.EFFECTIVE_DATE.cell()));
        }
    }
}
