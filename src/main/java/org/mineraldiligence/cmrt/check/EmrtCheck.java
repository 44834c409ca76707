package org.mineraldiligence.cmrt.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Severity;
import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.cmrt.emrt.EmrtCheckerRules;
import org.mineraldiligence.cmrt.emrt.EmrtLayout;
import org.mineraldiligence.cmrt.emrt.EmrtPolicyRules;
import org.mineraldiligence.cmrt.emrt.EmrtWarnings;
import org.mineraldiligence.cmrt.emrt.EmrtWorkbook;
import org.mineraldiligence.cmrt.emrt.EmrtWorkbookReader;
import org.mineraldiligence.cmrt.rules.PolicyRules;
import org.mineraldiligence.cmrt.template.Recognition;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;

/**
 * The EMRT branch of {@link CmrtChecker}: a recognised RMI template that is not a CMRT is checked when it is an
 * EMRT this reader knows, and refused with a clear reason otherwise (CRT, AMRT, EMRT 3.0 or later). Unlike the
 * CMRT there is no "empty template" shortcut: a blank EMRT gets every Checker error, as many as its own
 * Checker sheet counts.
 */
final class EmrtCheck {

    private static final Comparator<Finding> BLOCKING_FIRST = Comparator.comparingInt(
            f -> PolicyRules.isPolicyRule(f.ruleId()) ? 0 : f.severity() == Severity.ERROR ? 1 : 2);

    private EmrtCheck() {
    }

    static CheckResult checkOrRefuse(String fileName, WorkbookCells cells, Recognition recognition, CheckPolicy policy) {
        String type = recognition.templateType();
        String what = recognition.version() == null ? type : type + " " + recognition.versionText();
        if (!type.equals("EMRT")) {
            return refused(fileName, recognition, "This is " + article(type) + what + ". This checker reads the RMI "
                    + "Conflict Minerals Reporting Template (CMRT) and the Extended Minerals Reporting Template (EMRT 1.1 "
                    + "to 2.1); the " + type + " is not supported.");
        }
        EmrtLayout layout = recognition.version() == null
                ? cells.hasSheet(Sheets.MINE_LIST) ? EmrtLayout.V2 : EmrtLayout.V1 // revision cell unreadable
                : EmrtLayout.of(recognition.version());
        if (layout == null) {
            return refused(fileName, recognition, "This is an " + what + ". This checker reads EMRT revisions 1.1 to "
                    + "2.1 only; please answer on one of those or ask us to support the new revision.");
        }
        EmrtWorkbook wb = EmrtWorkbookReader.read(cells, recognition, layout);
        List<Finding> errors = new ArrayList<>();
        EmrtCheckerRules.apply(wb, errors);
        List<Finding> findings = new ArrayList<>(errors);
        EmrtWarnings.checkerCache(wb, errors, findings);
        EmrtWarnings.apply(wb, policy, findings);
        EmrtPolicyRules.apply(wb, policy, findings);
        findings.sort(BLOCKING_FIRST);
        return Results.ofEmrt(fileName, wb, findings);
    }

    private static CheckResult refused(String fileName, Recognition recognition, String message) {
        return Results.rejected(fileName, recognition.templateType(), recognition.versionText(),
                Finding.error(CmrtChecker.TEMPLATE_UNSUPPORTED, message, null, null), Verdict.NOT_A_CMRT);
    }

    private static String article(String type) {
        return type.startsWith("A") || type.startsWith("E") ? "an " : "a ";
    }
}
