package org.mineraldiligence.cmrt.rules;

import java.util.List;

import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.SmelterEntry;
import org.mineraldiligence.cmrt.template.Sheets;

/**
 * For a roll-up we write ourselves, answers that contradict the file's own Smelter List are errors, not the
 * warnings a supplier's file gets: a consolidated CMRT saying "tin is not used" above a list of tin smelters
 * would tell customers something nobody said.
 */
public final class RollUpConsistency {

    public static final String RULE = "CMRT-ROLLUP-ANSWERS-CONTRADICT-SMELTERS";

    private RollUpConsistency() {
    }

    public static void apply(CmrtWorkbook wb, List<Finding> out) {
        for (Metal m : Metal.values()) {
            List<SmelterEntry> rows = wb.smelters().stream()
                    .filter(s -> s.metal() == m && !CheckerRules.blank(s.raw(SmelterEntry.C))).toList();
            boolean known = rows.stream().anyMatch(s -> !s.lookupIs(AnswerLists.NOT_YET_IDENTIFIED));
            if (known && Scope.declaredOutOfScope(wb, m)) {
                out.add(Finding.error(RULE, "The Smelter List names " + m.label() + " smelters, but questions 1 and 2 say "
                        + m.label() + " is not in scope.", Sheets.DECLARATION, wb.answer(m, 1).cell()));
            }
            boolean unidentified = rows.stream().anyMatch(s -> s.lookupIs(AnswerLists.NOT_YET_IDENTIFIED));
            if (unidentified && wb.answer(m, 7).is(AnswerLists.YES)) {
                out.add(Finding.error(RULE, "Question 7 says every " + m.label() + " smelter is identified, but the Smelter "
                        + "List has a 'Smelter not yet identified' row for " + m.label() + ".", Sheets.DECLARATION,
                        wb.answer(m, 7).cell()));
            }
        }
    }
}
