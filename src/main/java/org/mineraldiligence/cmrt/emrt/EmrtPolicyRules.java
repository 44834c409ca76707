package org.mineraldiligence.cmrt.emrt;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.EffectiveDate;
import org.mineraldiligence.cmrt.template.Sheets;

/**
 * The part of a cycle's policy that applies to an EMRT: the oldest effective date. The minimum revision is a
 * CMRT revision ("6.31") and says nothing about EMRT revisions, so it is not applied.
 */
public final class EmrtPolicyRules {

    public static final String OLD_EFFECTIVE_DATE = "EMRT-POLICY-EFFECTIVE-DATE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private EmrtPolicyRules() {
    }

    public static void apply(EmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        EffectiveDate date = wb.effectiveDate();
        String cell = wb.field(CompanyField.EFFECTIVE_DATE).cell();
        if (policy.oldestEffectiveDate() != null && date.problem() == EffectiveDate.Problem.NONE
                && date.date().isBefore(policy.oldestEffectiveDate())) {
            out.add(Finding.error(OLD_EFFECTIVE_DATE, "The effective date is before " + DAY.format(policy.oldestEffectiveDate())
                    + ", the oldest we accept for this survey. Bring your answers up to date and enter the date they were "
                    + "valid in Declaration " + cell + ".", Sheets.DECLARATION, cell));
        }
    }
}
