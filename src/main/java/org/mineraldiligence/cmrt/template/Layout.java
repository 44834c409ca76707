package org.mineraldiligence.cmrt.template;

/**
 * Where a template family keeps its answers (spec §5, §8, §9). Questions and company letters are mapped
 * to their 6.x meaning so every family yields the same model.
 *
 * @param family               display name of the family
 * @param modernQuestion       for native question i (0-based), the 6.x question number (1..8)
 * @param companyFirstRow      Declaration row of company question A; the others follow every 2 rows
 * @param modernCompanyLetter  for native company question i, the 6.x letter, or '-' when 6.x has none
 * @param policyUrlCell        comment cell holding the policy URL (question B)
 * @param authorizerPhoneRequired 3.01 made Phone – Authorizer (D21) mandatory
 */
public record Layout(String family, int[] modernQuestion, int companyFirstRow, char[] modernCompanyLetter,
                     String policyUrlCell, boolean authorizerPhoneRequired) {

    public static final int FIRST_ANSWER_ROW = 26;

    public static final Layout V6 = new Layout("6.x", new int[] {1, 2, 3, 4, 5, 6, 7, 8}, 75,
            "ABCDEFGH".toCharArray(), "G77", false);

    /** 5.x: 6.x without its Q4; company A-I where former C was dropped in 6.0. */
    public static final Layout V5 = new Layout("5.x", new int[] {1, 2, 3, 5, 6, 7, 8}, 69,
            "AB-CDEFGH".toCharArray(), "G71", false);

    /** 3.x/4.x: seven questions; company A-J including the later-dropped C and G. */
    public static final Layout V3 = new Layout("3.x/4.x", new int[] {1, 2, 3, 5, 6, 7, 8}, 69,
            "AB-CDE-FGH".toCharArray(), "G71", true);

    public int questionCount() {
        return modernQuestion.length;
    }

    /** The Declaration cell of native question index i (0-based) for metal k (0 Ta, 1 Sn, 2 Au, 3 W). */
    public static String answerCell(int nativeIndex, int metal) {
        return "D" + (FIRST_ANSWER_ROW + 6 * nativeIndex + metal);
    }

    public String companyCell(int nativeIndex) {
        return "D" + (companyFirstRow + 2 * nativeIndex);
    }

    public String companyCommentCell(int nativeIndex) {
        return "G" + (companyFirstRow + 2 * nativeIndex);
    }

    public boolean isCurrent() {
        return this == V6;
    }
}
