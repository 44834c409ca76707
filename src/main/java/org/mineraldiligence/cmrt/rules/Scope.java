package org.mineraldiligence.cmrt.rules;

import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;

/** The RMI Checker's per-metal predicates (spec §11), shared by the error and warning rules. */
public final class Scope {

    private Scope() {
    }

    /** Q2 is required unless Q1 is No. */
    public static boolean needQ2(CmrtWorkbook wb, Metal m) {
        return !wb.answer(m, 1).is(AnswerLists.NO);
    }

    /** Q2 counts only when Q1 is Yes. */
    public static boolean hasQ2(CmrtWorkbook wb, Metal m) {
        return wb.answer(m, 1).is(AnswerLists.YES) && !wb.answer(m, 2).isBlank();
    }

    /** A blank or invalid Q1 keeps the metal in scope. */
    public static boolean inScope(CmrtWorkbook wb, Metal m) {
        Answer q1 = wb.answer(m, 1);
        Answer q2 = wb.answer(m, 2);
        return !(q1.is(AnswerLists.NO) || q1.is(AnswerLists.YES) && q2.is(AnswerLists.NO));
    }

    public static boolean hasDueDiligenceAnswer(CmrtWorkbook wb, Metal m, int n) {
        return wb.answer(m, 1).is(AnswerLists.YES) && wb.answer(m, 2).is(AnswerLists.YES) && !wb.answer(m, n).isBlank();
    }

    public static boolean companyNeeded(CmrtWorkbook wb) {
        for (Metal m : Metal.values()) {
            if (inScope(wb, m)) {
                return true;
            }
        }
        return false;
    }

    /** Declared out of scope explicitly: Q1 No, or Q1 Yes and Q2 No. */
    public static boolean declaredOutOfScope(CmrtWorkbook wb, Metal m) {
        return !inScope(wb, m);
    }
}
