package org.mineraldiligence.cmrt.template;

import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.ProductRow;

/**
 * A CMRT as read by address, before any rule runs. Answers are already mapped to the 6.x meaning.
 *
 * @param answers              per metal, Q1..Q8 at index 0..7 ({@link Answer#absent()} when not asked)
 * @param companyAnswers       A..H at index 0..7
 * @param policyUrl            comment of question B
 * @param otherFormatComment   comment of question E
 * @param firstProductRow      the first row of the Product List data area (B6 in every version)
 * @param cachedCheckerCount   Checker!D2 as cached by Excel, null when absent or not a number
 * @param formulaWithoutCache  Smelter List cells whose formulas had no cached value
 * @param truncatedCells       cells whose text exceeded the read limit
 */
public record CmrtWorkbook(Recognition recognition, Layout layout, boolean date1904,
                           Map<CompanyField, Field> company, Answer scope, EffectiveDate effectiveDate,
                           Map<Metal, Answer[]> answers, Answer[] companyAnswers, Field policyUrl,
                           Field otherFormatComment, List<SmelterEntry> smelters, List<ProductRow> products,
                           Integer cachedCheckerCount, List<String> formulaWithoutCache, List<String> truncatedCells,
                           SmelterLookup lookup) {

    /** Answer to 6.x question n (1..8) for a metal. */
    public Answer answer(Metal metal, int question) {
        return answers.get(metal)[question - 1];
    }

    /** Company question by 6.x letter A..H. */
    public Answer companyAnswer(char letter) {
        return companyAnswers[letter - 'A'];
    }

    public Field field(CompanyField f) {
        return company.get(f);
    }
}
