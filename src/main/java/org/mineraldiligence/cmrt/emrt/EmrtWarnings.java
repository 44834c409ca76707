package org.mineraldiligence.cmrt.emrt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.MineRow;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.EffectiveDate;
import org.mineraldiligence.cmrt.template.Field;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.TemplateVersion;

/**
 * Consistency flags the EMRT's Checker lacks, in the spirit of the CMRT's (answers off the list, dates, smelters
 * and mines for minerals the declaration does not cover). Warnings only: they never make a file invalid.
 */
public final class EmrtWarnings {

    public static final TemplateVersion NEWEST_KNOWN = TemplateVersion.of("2.1");
    private static final String DECL = Sheets.DECLARATION;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[A-Za-z]{2,}");
    private static final LocalDate FIRST_EMRT_DAY = LocalDate.of(2007, 1, 1);

    private EmrtWarnings() {
    }

    public static void apply(EmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        version(wb, out);
        truncated(wb, out);
        selection(wb, out);
        answersInList(wb, out);
        emails(wb, out);
        effectiveDate(wb, policy, out);
        otherFormat(wb, out);
        smelters(wb, out);
        mines(wb, out);
    }

    /** Compares our count of Checker rows with the count Excel cached when the file was last saved. */
    public static void checkerCache(EmrtWorkbook wb, List<Finding> errors, List<Finding> out) {
        int ours = EmrtCheckerRules.checkerCount(errors);
        Integer cached = wb.cachedCheckerCount();
        if (cached != null && cached != ours) {
            out.add(Finding.warning("EMRT-WARN-CHECKER-CACHE-DIFFERS", "The template's own Checker sheet shows " + cached
                    + " open items as last calculated, but this check finds " + ours + ". The file was probably changed "
                    + "without recalculation; open it in Excel, check the Checker sheet and save it again.",
                    Sheets.CHECKER, "D2"));
        }
    }

    private static void version(EmrtWorkbook wb, List<Finding> out) {
        TemplateVersion v = wb.recognition().version();
        if (v != null && NEWEST_KNOWN.olderThan(v)) {
            out.add(Finding.warning("EMRT-WARN-NEWER-VERSION", "This EMRT " + v.text() + " is newer than the newest "
                    + "revision this checker knows (2.1); it was checked with the 2.x rules.", DECL, "J3"));
        }
    }

    private static void truncated(EmrtWorkbook wb, List<Finding> out) {
        for (String qualified : wb.truncatedCells()) {
            int bang = qualified.lastIndexOf('!');
            out.add(Finding.warning("EMRT-WARN-TEXT-TRUNCATED", "A cell holds more text than the checker reads; only the "
                    + "beginning was used. Shorten the entry.", qualified.substring(0, bang), qualified.substring(bang + 1)));
        }
    }

    private static void selection(EmrtWorkbook wb, List<Finding> out) {
        for (String cell : wb.strangeSelections()) {
            out.add(Finding.warning("EMRT-WARN-MINERAL-SELECTION", "The mineral selection cell Declaration " + cell
                    + " holds neither its mineral nor '(Delete …)'; it was read as not selected. Choose the value from "
                    + "the cell's dropdown.", DECL, cell));
        }
    }

    private static void answersInList(EmrtWorkbook wb, List<Finding> out) {
        notInList(wb.scope(), "the Declaration Scope", out);
        for (EmrtWorkbook.Slot s : wb.mineralSlots()) {
            for (int n = 1; n <= 7; n++) {
                notInList(s.answer(n), "question " + n + " for " + s.label(), out);
            }
            notInList(s.companyC(), "company question C for " + s.label(), out);
        }
        for (char letter : new char[] {'A', 'B', 'D', 'E', 'F', 'G'}) {
            notInList(wb.companyAnswer(letter), "company question " + letter, out);
        }
    }

    private static void notInList(Answer a, String what, List<Finding> out) {
        if (!a.isBlank() && !a.inList()) {
            out.add(Finding.warning("EMRT-WARN-ANSWER-NOT-IN-LIST", "The answer to " + what + " (Declaration " + a.cell()
                    + ") is not one of the template's answers; choose it from the cell's dropdown.", DECL, a.cell()));
        }
    }

    private static void emails(EmrtWorkbook wb, List<Finding> out) {
        for (CompanyField f : new CompanyField[] {CompanyField.CONTACT_EMAIL, CompanyField.AUTHORIZER_EMAIL}) {
            Field field = wb.field(f);
            String t = field.text();
            if (t != null && t.contains("@") && !EMAIL.matcher(t).matches()) {
                out.add(Finding.warning("EMRT-WARN-EMAIL-FORMAT", "'" + f.label() + "' (Declaration " + field.cell()
                        + ") does not look like one e-mail address.", DECL, field.cell()));
            }
        }
    }

    private static void effectiveDate(EmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        EffectiveDate d = wb.effectiveDate();
        String cell = wb.field(CompanyField.EFFECTIVE_DATE).cell();
        String fix = " Enter the date the answers were valid as a date (e.g. 31-Jan-" + policy.reportingYear()
                + ") in Declaration " + cell + ".";
        String problem = switch (d.problem()) {
            case UNPARSEABLE -> "The effective date cannot be read as a date.";
            case AMBIGUOUS -> "The effective date is ambiguous (day and month could be swapped).";
            case NONE -> datePlausibility(d.date(), policy);
            default -> null; // blank: the Checker rule reports it
        };
        if (problem != null) {
            out.add(Finding.warning("EMRT-WARN-EFFECTIVE-DATE", problem + fix, DECL, cell));
        }
    }

    private static String datePlausibility(LocalDate date, CheckPolicy policy) {
        if (date.isBefore(FIRST_EMRT_DAY)) {
            return "The effective date is before 2007, earlier than the template allows.";
        }
        if (date.isAfter(LocalDate.now(policy.clock()))) {
            return "The effective date lies in the future.";
        }
        if (date.getYear() < policy.reportingYear()) {
            return "The effective date is before the reporting year " + policy.reportingYear()
                    + "; please send a declaration that covers " + policy.reportingYear() + ".";
        }
        return null;
    }

    /** 2.x does not check the description of "other format" (1.x does, as an error). */
    private static void otherFormat(EmrtWorkbook wb, List<Finding> out) {
        if (wb.layout() == EmrtLayout.V2 && wb.companyAnswer('E').is(EmrtLayout.E_OTHER_FORMAT) && wb.otherFormat().isBlank()) {
            out.add(Finding.warning("EMRT-WARN-E-OTHER-FORMAT-NO-DESCRIPTION", "Question E says you use another format: "
                    + "describe it in the comment field, Declaration " + wb.otherFormat().cell() + ".", DECL,
                    wb.otherFormat().cell()));
        }
    }

    private static void smelters(EmrtWorkbook wb, List<Finding> out) {
        Set<ExtendedMineral> declared = declared(wb);
        Set<ExtendedMineral> identifiedAll = EnumSet.noneOf(ExtendedMineral.class);
        for (EmrtWorkbook.Slot s : wb.mineralSlots()) {
            if (EmrtScope.inScope(wb, s) && s.answer(6).is(AnswerLists.YES)) {
                identifiedAll.add(s.mineral());
            }
        }
        for (EmrtWorkbook.Smelter s : wb.smelters()) {
            int row = s.row().row();
            if (s.mineral() == null) {
                out.add(Finding.warning("EMRT-WARN-SMELTER-MINERAL-UNKNOWN", "Row " + row + " of the Smelter List names no "
                        + "mineral of this template in column B; choose it from the dropdown.", Sheets.SMELTER_LIST, "B" + row));
            } else if (!declared.contains(s.mineral())) {
                out.add(Finding.warning("EMRT-WARN-SMELTER-FOR-UNDECLARED-MINERAL", "Row " + row + " of the Smelter List is "
                        + "for " + s.mineral().label() + ", which the Declaration does not report as in scope.",
                        Sheets.SMELTER_LIST, "B" + row));
            } else if (identifiedAll.contains(s.mineral()) && s.row().lookupName() != null
                    && s.row().lookupName().equalsIgnoreCase(AnswerLists.NOT_YET_IDENTIFIED)) {
                out.add(Finding.warning("EMRT-WARN-ALL-IDENTIFIED-BUT-UNIDENTIFIED-ROW", "Question 6 for "
                        + s.mineral().label() + " says all smelters/processors are identified, but row " + row
                        + " says 'Smelter not yet identified'.", Sheets.SMELTER_LIST, "C" + row));
            }
        }
        if (EmrtCheckerRules.olderThan12(wb)) {
            // 1.1 and 1.11 do not count this row in Checker!D2; it is still worth fixing
            for (EmrtWorkbook.Smelter s : EmrtCheckerRules.notListedIncomplete(wb)) {
                int row = s.row().row();
                out.add(Finding.warning("EMRT-WARN-SMELTER-NOT-LISTED-INCOMPLETE", "Row " + row + " says 'Smelter not "
                        + "listed': enter the smelter's name (column D) and country (column E).", Sheets.SMELTER_LIST,
                        (EmrtCheckerRules.blank(s.rawName()) ? "D" : "E") + row));
            }
        }
    }

    private static void mines(EmrtWorkbook wb, List<Finding> out) {
        Set<ExtendedMineral> declared = declared(wb);
        for (MineRow m : wb.mines()) {
            ExtendedMineral mineral = ExtendedMineral.fromText(m.mineral());
            if (m.smelters() == null || m.name() == null) {
                // the template flags these rows itself (Mine List column R) but does not count them
                out.add(Finding.warning("EMRT-WARN-MINE-INCOMPLETE", "Row " + m.row() + " of the Mine List needs the "
                        + "smelter(s) sourcing from the mine (column B) and the mine's name (column C).",
                        Sheets.MINE_LIST, (m.smelters() == null ? "B" : "C") + m.row()));
            }
            if (mineral == null || !declared.contains(mineral)) {
                out.add(Finding.warning("EMRT-WARN-MINE-FOR-UNDECLARED-MINERAL", "Row " + m.row() + " of the Mine List "
                        + "is for a mineral the Declaration does not report as in scope.", Sheets.MINE_LIST, "A" + m.row()));
            }
        }
    }

    private static Set<ExtendedMineral> declared(EmrtWorkbook wb) {
        Set<ExtendedMineral> in = EnumSet.noneOf(ExtendedMineral.class);
        for (EmrtWorkbook.Slot s : wb.mineralSlots()) {
            if (EmrtScope.inScope(wb, s)) {
                in.add(s.mineral());
            }
        }
        return in;
    }
}
