package org.mineraldiligence.cmrt.rules;

import java.util.List;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.TemplateVersion;

/** Template revision, the cached Checker count and reading limits. */
public final class FileWarnings {

    private FileWarnings() {
    }

    /** Run after the Checker rules: compares their count with the cached Checker!D2. */
    public static void apply(CmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        TemplateVersion v = wb.recognition().version();
        if (v == null) {
            out.add(Finding.warning("CMRT-WARN-VERSION-UNREADABLE", "The template revision could not be read (Declaration "
                    + "J3). The file was read as CMRT " + wb.layout().family() + ". Please use an unmodified RMI template.",
                    Sheets.DECLARATION, "J3"));
        } else {
            version(v, policy, out);
        }
        int computed = CheckerRules.checkerCount(out);
        if (wb.cachedCheckerCount() != null && wb.cachedCheckerCount() != computed) {
            out.add(Finding.warning("CMRT-WARN-CHECKER-CACHE-DIFFERS", "The Checker sheet as last saved shows "
                    + wb.cachedCheckerCount() + " open items, but this check finds " + computed + ". The file was probably "
                    + "edited by a program that does not recalculate; open it in Excel, review the Checker tab and save.",
                    Sheets.CHECKER, "D2"));
        }
        if (!wb.formulaWithoutCache().isEmpty() && wb.smelters().stream().noneMatch(s -> s.resolvedFromA())) {
            out.add(Finding.warning("CMRT-WARN-FORMULA-WITHOUT-CACHE", wb.formulaWithoutCache().size() + " Smelter List "
                    + "formula cells have no calculated value (saved by a program that does not calculate) and were read "
                    + "as empty. Open the file in Excel and save it again.", Sheets.SMELTER_LIST, cellOf(wb.formulaWithoutCache().get(0))));
        }
        for (String cell : wb.truncatedCells()) {
            String sheet = cell.substring(0, cell.lastIndexOf('!'));
            out.add(Finding.warning("CMRT-WARN-TEXT-TRUNCATED", "A cell holds more text than the checker reads; only the "
                    + "beginning was used. Shorten the entry.", sheet, cellOf(cell)));
        }
    }

    private static void version(TemplateVersion v, CheckPolicy policy, List<Finding> out) {
        TemplateVersion minimum = TemplateVersion.of(policy.minimumRevision());
        if (v.compareTo(TemplateVersion.NEWEST_KNOWN) > 0) {
            out.add(Finding.warning("CMRT-WARN-NEWER-VERSION", "This is CMRT revision " + v.text() + ", newer than the "
                    + "newest revision this checker knows (" + TemplateVersion.NEWEST_KNOWN.text() + "). It was read with the "
                    + "6.x layout; please review the result.", Sheets.DECLARATION, "J3"));
        } else if (v.olderThan(TemplateVersion.NEWEST_KNOWN) && (minimum == null || !v.olderThan(minimum))) {
            // older than the policy's minimum is an error of PolicyRules, not a note
            out.add(Finding.warning("CMRT-WARN-OLD-VERSION", "This is CMRT revision " + v.text() + "; the current revision "
                    + "is " + TemplateVersion.NEWEST_KNOWN.text() + ". Please use the current template next time.",
                    Sheets.DECLARATION, "J3"));
        }
    }

    private static String cellOf(String qualified) {
        return qualified.substring(qualified.lastIndexOf('!') + 1);
    }
}
