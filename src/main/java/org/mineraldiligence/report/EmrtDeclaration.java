package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.MineRow;
import org.mineraldiligence.cmrt.emrt.EmrtWorkbook;
import org.mineraldiligence.cmrt.template.AnswerLists;

/**
 * One supplier's valid EMRT (any revision 1.1-2.1) as the consolidated EMRT needs it: per mineral the answers to
 * questions 1-7 as the template's list values (null where blank or where the revision does not ask, as 1.x
 * question 4 for mica), the Smelter List rows and the 2.x Mine List rows.
 */
record EmrtDeclaration(String supplierName, String revision, Map<ExtendedMineral, List<String>> answers,
                       List<DeclaredSmelter> smelters, List<MineRow> mines) {

    /** A Smelter List row of an EMRT mineral. */
    record DeclaredSmelter(ExtendedMineral mineral, String lookupName, String smelterId, String name, String country) {

        boolean notYetIdentified() {
            return AnswerLists.NOT_YET_IDENTIFIED.equalsIgnoreCase(String.valueOf(lookupName));
        }
    }

    static EmrtDeclaration of(String supplierName, EmrtWorkbook wb) {
        Map<ExtendedMineral, List<String>> answers = new EnumMap<>(ExtendedMineral.class);
        for (EmrtWorkbook.Slot slot : wb.mineralSlots()) {
            List<String> values = new ArrayList<>();
            for (int q = 1; q <= 7; q++) {
                values.add(slot.answer(q).inList() ? slot.answer(q).value() : null);
            }
            answers.put(slot.mineral(), java.util.Collections.unmodifiableList(values));
        }
        List<DeclaredSmelter> smelters = wb.smelters().stream().filter(s -> s.mineral() != null)
                .map(s -> new DeclaredSmelter(s.mineral(), s.row().lookupName(), s.row().smelterId(), s.row().name(),
                        s.row().country())).toList();
        return new EmrtDeclaration(supplierName, wb.recognition().versionText(), answers, smelters, wb.mines());
    }

    String answer(ExtendedMineral mineral, int question) {
        List<String> values = answers.get(mineral);
        return values == null ? null : values.get(question - 1);
    }

    boolean says(ExtendedMineral mineral, int question, String value) {
        return value.equalsIgnoreCase(String.valueOf(answer(mineral, question)));
    }

    /** The mineral is in the declaration's scope: intentionally added or used (Q1) and remaining in the product (Q2). */
    boolean covers(ExtendedMineral mineral) {
        return says(mineral, 1, AnswerLists.YES) && says(mineral, 2, AnswerLists.YES);
    }
}
