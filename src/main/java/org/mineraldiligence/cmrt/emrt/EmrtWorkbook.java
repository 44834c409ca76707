package org.mineraldiligence.cmrt.emrt;

import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.MineRow;
import org.mineraldiligence.cmrt.ProductRow;
import org.mineraldiligence.cmrt.SmelterRow;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.EffectiveDate;
import org.mineraldiligence.cmrt.template.Field;
import org.mineraldiligence.cmrt.template.Recognition;

/**
 * An EMRT as read by address, before any rule runs.
 *
 * @param slots              the mineral rows of the question blocks, in template order: 1.x cobalt, mica and the
 *                           two hidden spares; 2.x the selected minerals only
 * @param strangeSelections  2.x selection cells holding neither their mineral, "(Delete …)" nor nothing
 * @param companyAnswers     A, B, D, E, F, G (C is per mineral, in the slots)
 * @param aComment           1.x comment of question A (G69), required by the 1.1 and 1.11 Checker when A is Yes
 * @param cachedCheckerCount Checker!D2 as cached by Excel, null when absent or not a number
 */
public record EmrtWorkbook(Recognition recognition, EmrtLayout layout, Map<CompanyField, Field> company, Answer scope,
                           EffectiveDate effectiveDate, List<Slot> slots, List<String> strangeSelections,
                           Map<Character, Answer> companyAnswers, Field policyUrl, Field otherFormat, Field aComment,
                           List<Smelter> smelters, List<MineRow> mines, List<ProductRow> products,
                           Integer cachedCheckerCount, List<String> truncatedCells) {

    /**
     * One mineral row of every question block.
     *
     * @param mineral  null for a 1.x spare row
     * @param answers  questions 1..7 at index 0..6
     * @param companyC company question C for this mineral ({@link Answer#absent()} for a spare)
     */
    public record Slot(int index, ExtendedMineral mineral, Answer[] answers, Answer companyC) {

        public Answer answer(int question) {
            return answers[question - 1];
        }

        public String label() {
            return mineral == null ? "the spare mineral row " + (index + 1) : mineral.label();
        }
    }

    /** A Smelter List row: what the JSON shows, and the raw cells the Checker tests (whitespace counts as filled). */
    public record Smelter(SmelterRow row, ExtendedMineral mineral, String rawMetal, String rawLookup, String rawName,
                          String rawCountry) {
    }

    public Field field(CompanyField f) {
        return company.get(f);
    }

    public Answer companyAnswer(char letter) {
        return companyAnswers.get(letter);
    }

    /** The slots of real minerals (the 1.x spares left out). */
    public List<Slot> mineralSlots() {
        return slots.stream().filter(s -> s.mineral() != null).toList();
    }
}
