package org.mineraldiligence.cmrt.emrt;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.ExtendedMineral;
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
    public static final String MINERAL_NOT_DECLARED = "EMRT-POLICY-MINERAL-NOT-DECLARED";
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
        mineralsAsked(wb, policy, out);
    }

    /** Every mineral we asked about must be one the EMRT declares (1.x: cobalt and mica; 2.x: those selected). */
    private static void mineralsAsked(EmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        Set<ExtendedMineral> declared = wb.mineralSlots().stream().map(EmrtWorkbook.Slot::mineral)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        for (ExtendedMineral asked : ExtendedMineral.values()) {
            if (!policy.emrtMineralsAsked().contains(asked) || declared.contains(asked)) {
                continue;
            }
            String name = asked.label().toLowerCase(Locale.ROOT);
            if (wb.layout() == EmrtLayout.V2) {
                String cell = EmrtLayout.SELECTION_CELLS.get(asked);
                out.add(Finding.error(MINERAL_NOT_DECLARED, "We asked you about " + name + ", but this EMRT does not "
                        + "declare it. Select " + asked.label() + " in Declaration " + cell + " and answer its questions "
                        + "(question 1 \"No\" if " + name + " is not used in your products).", Sheets.DECLARATION, cell));
            } else {
                out.add(Finding.error(MINERAL_NOT_DECLARED, "We asked you about " + name + ", which EMRT "
                        + wb.recognition().version().text() + " does not cover (it asks about cobalt and mica only). "
                        + "Please use the EMRT 2.1.", Sheets.DECLARATION, "D12"));
            }
        }
    }
}
