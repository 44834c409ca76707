package org.mineraldiligence.cmrt.emrt;

import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.AnswerLists;

/**
 * The Checker sheet's column F predicates (docs/EMRT-FORMAT.md §6), shared by the errors and the warnings.
 * As in the Checker, a blank question 1 or 2 keeps a mineral in scope: only an explicit negative answer
 * takes it out.
 */
public final class EmrtScope {

    private EmrtScope() {
    }

    /** Question 2 is required unless question 1 says No, Unknown or not applicable / not declaring. */
    public static boolean needsQ2(EmrtWorkbook wb, EmrtWorkbook.Slot s) {
        return !negative(wb, s.answer(1));
    }

    /**
     * Questions 3-7, C and the smelters are required: questions 1 and 2 both not negative. 1.x spare rows are
     * in scope unless question 1 is No (their Checker rows test nothing else).
     */
    public static boolean inScope(EmrtWorkbook wb, EmrtWorkbook.Slot s) {
        if (s.mineral() == null) {
            return !s.answer(1).is(AnswerLists.NO);
        }
        Answer q2 = s.answer(2);
        boolean q2Negative = q2.is(AnswerLists.NO) || q2.is(AnswerLists.UNKNOWN)
                || wb.layout() == EmrtLayout.V1 && q2.is(EmrtLayout.NOT_APPLICABLE_V1);
        return !negative(wb, s.answer(1)) && !q2Negative;
    }

    /** Company questions A, B, D-G are required when a real mineral is in scope (the 1.x spares do not count). */
    public static boolean companyNeeded(EmrtWorkbook wb) {
        return wb.mineralSlots().stream().anyMatch(s -> inScope(wb, s));
    }

    private static boolean negative(EmrtWorkbook wb, Answer q1) {
        return q1.is(AnswerLists.NO) || q1.is(AnswerLists.UNKNOWN)
                || q1.is(wb.layout() == EmrtLayout.V1 ? EmrtLayout.NOT_APPLICABLE_V1 : EmrtLayout.NOT_DECLARING);
    }
}
