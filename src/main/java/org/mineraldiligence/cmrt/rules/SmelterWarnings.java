package org.mineraldiligence.cmrt.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.SmelterEntry;
import org.mineraldiligence.cmrt.template.SmelterLookup;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.Text;

/** Row-level and metal-level Smelter List flags the RMI Checker lacks (spec §12). */
public final class SmelterWarnings {

    private static final String SL = Sheets.SMELTER_LIST;

    private SmelterWarnings() {
    }

    public static void apply(CmrtWorkbook wb, List<Finding> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (SmelterEntry s : wb.smelters()) {
            row(wb, s, out);
            duplicate(s, seen, out);
        }
        perMetal(wb, out);
    }

    private static void row(CmrtWorkbook wb, SmelterEntry s, List<Finding> out) {
        int r = s.rowNumber();
        String b = s.raw(SmelterEntry.B);
        String c = s.raw(SmelterEntry.C);
        if (blank(b)) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-METAL-MISSING", "Row " + r + " has smelter data but no metal. "
                    + "Choose the metal in column B.", SL, "B" + r));
            return;
        }
        if (s.metal() == null || !b.equalsIgnoreCase(s.metal().label())) {
            out.add(Finding.warning("CMRT-WARN-ANSWER-NOT-IN-LIST", "The metal in row " + r + " is not exactly one of "
                    + "Tantalum, Tin, Tungsten or Gold. Pick it from the dropdown in column B.", SL, "B" + r));
        }
        if (s.metal() != null && Scope.declaredOutOfScope(wb, s.metal())) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-FOR-UNDECLARED-METAL", "Row " + r + " lists a " + s.metal().label()
                    + " smelter, but the Declaration says " + s.metal().label() + " is not in scope (question 1 or 2 is No). "
                    + "Correct the Declaration or remove the row.", SL, "B" + r));
        }
        if (blank(c)) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-LOOKUP-MISSING", "Row " + r + " has a metal but no smelter look-up "
                    + "value. Choose the smelter in column C (or 'Smelter not listed' and type name and country).", SL, "C" + r));
        } else if (s.metal() != null && wb.lookup().hasSmelters() && !AnswerLists.isPseudoSmelter(c)
                && wb.lookup().byMetalAndName(s.metal().label(), c) == null) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-LOOKUP-UNKNOWN", "The smelter look-up name in row " + r + " is not in "
                    + "the template's look-up list for " + s.metal().label() + ". Pick it from the dropdown in column C, or "
                    + "choose 'Smelter not listed' and enter name and country.", SL, "C" + r));
        }
        ids(wb, s, out);
        if (Text.key(s.raw(SmelterEntry.G)) != null && Text.key(s.raw(SmelterEntry.G)).equals("enter smelter details")) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-UNRESOLVED", "The smelter in row " + r + " could not be matched to an "
                    + "RMI smelter. Enter its identification number (CID) in column A if you know it, and complete the "
                    + "address columns.", SL, "G" + r));
        }
        for (int col : new int[] {SmelterEntry.D, SmelterEntry.E}) {
            if (s.raw(col) != null && s.raw(col).contains("!")) {
                out.add(Finding.warning("CMRT-WARN-SMELTER-INVALID-CHAR", "Row " + r + " contains a '!' in the smelter name "
                        + "or country, which the template does not allow. Remove it.", SL, (col == SmelterEntry.D ? "D" : "E") + r));
            }
        }
        String country = Text.clean(s.raw(SmelterEntry.E));
        if (country != null && wb.lookup().hasCountries() && !wb.lookup().isCountry(country)
                && !country.equalsIgnoreCase("unknown")) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-COUNTRY-UNKNOWN", "The smelter country in row " + r + " is not a "
                    + "country from the template's list. Pick it from the dropdown in column E.", SL, "E" + r));
        }
        String p = s.raw(SmelterEntry.P);
        if (!blank(p) && AnswerLists.YES_NO_UNKNOWN.stream().noneMatch(a -> a.equalsIgnoreCase(p))) {
            out.add(Finding.warning("CMRT-WARN-ANSWER-NOT-IN-LIST", "The 100% recycled answer in row " + r + " is not exactly "
                    + "Yes, No or Unknown. Pick it from the dropdown in column P.", SL, "P" + r));
        }
        if (s.resolvedFromA()) {
            out.add(Finding.warning("CMRT-WARN-FORMULA-WITHOUT-CACHE", "Row " + r + " was saved by a program that does not "
                    + "calculate Excel formulas; the metal and smelter were filled in from the identification number in "
                    + "column A. Open and save the file in Excel to confirm.", SL, "B" + r));
        }
    }

    private static void ids(CmrtWorkbook wb, SmelterEntry s, List<Finding> out) {
        int r = s.rowNumber();
        String a = Text.clean(s.raw(SmelterEntry.A));
        String f = Text.clean(s.raw(SmelterEntry.F));
        if (a != null && s.cidFromInput() == null) {
            out.add(idFormat(r, "A"));
        } else if (a != null && !a.equals(s.cidFromInput())) {
            out.add(idNormalised(r, "A"));
        }
        if (f != null && s.cidFromColumnF() == null) {
            out.add(idFormat(r, "F"));
        } else if (f != null && !f.equals(s.cidFromColumnF())) {
            out.add(idNormalised(r, "F"));
        }
        if (s.cidFromInput() != null && s.cidFromColumnF() != null && !s.cidFromInput().equals(s.cidFromColumnF())) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-ID-MISMATCH", "The identification number typed in column A of row " + r
                    + " differs from the one in column F. Correct column A, or clear F so it fills in again.", SL, "F" + r));
        }
        String cid = s.cidFromColumnF() != null ? s.cidFromColumnF() : s.cidFromInput();
        SmelterLookup lookup = wb.lookup();
        if (cid != null && lookup.hasSmelters()) {
            SmelterLookup.Entry e = lookup.byCid(cid);
            if (e == null) {
                out.add(Finding.warning("CMRT-WARN-SMELTER-ID-UNKNOWN", "The smelter identification number in row " + r
                        + " is not in the RMI smelter list of this template. Check the number against the RMI facility list.",
                        SL, (s.cidFromColumnF() != null ? "F" : "A") + r));
            } else if (s.metal() != null && Metal.fromText(e.metal()) != null && Metal.fromText(e.metal()) != s.metal()) {
                out.add(Finding.warning("CMRT-WARN-SMELTER-ID-METAL-MISMATCH", "The smelter identification number in row " + r
                        + " belongs to a " + Metal.fromText(e.metal()).label() + " smelter, but the row's metal is "
                        + s.metal().label() + ". Correct the metal or the number.", SL, "B" + r));
            }
        }
    }

    private static Finding idFormat(int r, String col) {
        return Finding.warning("CMRT-WARN-SMELTER-ID-FORMAT", "The smelter identification number in " + col + r
                + " is not an RMI number of the form CID followed by six digits (e.g. CID001234). Enter the RMI number.",
                SL, col + r);
    }

    private static Finding idNormalised(int r, String col) {
        return Finding.warning("CMRT-WARN-SMELTER-ID-FORMAT", "The smelter identification number in " + col + r
                + " was read after correcting its form (spaces, case or missing leading zeros). Please enter it exactly "
                + "as CID plus six digits.", SL, col + r);
    }

    private static void duplicate(SmelterEntry s, Map<String, Integer> seen, List<Finding> out) {
        if (s.metal() == null) {
            return;
        }
        String cid = s.cidFromColumnF() != null ? s.cidFromColumnF() : s.cidFromInput();
        String key;
        if (cid != null) {
            key = s.metal() + "|" + cid;
        } else if (s.row().name() != null && !AnswerLists.isPseudoSmelter(s.raw(SmelterEntry.C))
                || s.lookupIs(AnswerLists.NOT_LISTED) && s.row().name() != null) {
            key = s.metal() + "|" + Text.key(s.row().name()) + "|" + Text.key(s.row().country());
        } else {
            return;
        }
        Integer first = seen.putIfAbsent(key, s.rowNumber());
        if (first != null) {
            out.add(Finding.warning("CMRT-WARN-SMELTER-DUPLICATE", "Row " + s.rowNumber() + " repeats the smelter of row "
                    + first + " for the same metal. Remove the duplicate row.", SL, "C" + s.rowNumber()));
        }
    }

    private static void perMetal(CmrtWorkbook wb, List<Finding> out) {
        for (Metal m : Metal.values()) {
            List<SmelterEntry> rows = wb.smelters().stream().filter(s -> s.metal() == m && !blank(s.raw(SmelterEntry.C))).toList();
            boolean unidentified = rows.stream().anyMatch(s -> s.lookupIs(AnswerLists.NOT_YET_IDENTIFIED));
            if (wb.answer(m, 7).is(AnswerLists.YES) && unidentified) {
                out.add(Finding.warning("CMRT-WARN-ALL-IDENTIFIED-BUT-UNIDENTIFIED-ROW", "For " + m.label() + " all smelters "
                        + "are reported as identified, yet the Smelter List has a 'Smelter not yet identified' row. Identify "
                        + "the smelter or change the answer.", Sheets.DECLARATION, wb.answer(m, 7).cell()));
            }
            if (Scope.inScope(wb, m) && !rows.isEmpty() && rows.stream().allMatch(s -> s.lookupIs(AnswerLists.NOT_YET_IDENTIFIED))) {
                out.add(Finding.warning("CMRT-WARN-SMELTERS-NOT-YET-IDENTIFIED", "For " + m.label() + " the Smelter List only "
                        + "says 'Smelter not yet identified'. Ask your suppliers for the smelters and list them.", SL,
                        "C" + rows.get(0).rowNumber()));
            }
            if (wb.answer(m, 5).is(AnswerLists.YES)) {
                rows.stream().filter(s -> !AnswerLists.isPseudoSmelter(s.raw(SmelterEntry.C))
                        && !AnswerLists.YES.equalsIgnoreCase(Text.clean(s.raw(SmelterEntry.P)))).findFirst()
                        .ifPresent(s -> out.add(Finding.warning("CMRT-WARN-RECYCLED-CLAIM-CONFLICT", "For " + m.label()
                                + " all material is declared recycled or scrap, but the smelter in row " + s.rowNumber()
                                + " is not marked as 100% recycled (column P). Correct one of the two.", SL, "P" + s.rowNumber())));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || Text.normalize(s).isEmpty();
    }
}
