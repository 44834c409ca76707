package org.mineraldiligence.cmrt.template;

import java.util.List;

/** The English dropdown values of the 6.x template (answers are English in every language, §3.1). */
public final class AnswerLists {

    public static final String YES = "Yes";
    public static final String NO = "No";
    public static final String UNKNOWN = "Unknown";
    public static final String HUNDRED_PERCENT = "100%";
    public static final String SCOPE_COMPANY = "A. Company";
    public static final String SCOPE_PRODUCT = "B. Product (or List of Products)";
    public static final String SCOPE_USER_DEFINED = "C. User defined [Specify in 'Description of scope']";
    public static final String NOT_LISTED = "Smelter not listed";
    public static final String NOT_YET_IDENTIFIED = "Smelter not yet identified";
    public static final String E_OTHER_FORMAT = "Yes, using other format (describe)";

    public static final List<String> YES_NO = List.of(YES, NO);
    public static final List<String> YES_NO_UNKNOWN = List.of(YES, NO, UNKNOWN);
    public static final List<String> RESPONSE_RATE = List.of(HUNDRED_PERCENT, "Greater than 90%", "Greater than 75%",
            "Greater than 50%", "50% or less", "None");
    public static final List<String> SCOPES = List.of(SCOPE_COMPANY, SCOPE_PRODUCT, SCOPE_USER_DEFINED);
    public static final List<String> COMPANY_E = List.of("Yes, in conformance with IPC1755 (e.g., CMRT)", E_OTHER_FORMAT, NO);
    public static final List<String> COMPANY_H = List.of("Yes, with the SEC", "Yes, with the EU", "Yes, with the SEC and the EU", NO);
    public static final List<String> PSEUDO_SMELTERS = List.of(NOT_LISTED, NOT_YET_IDENTIFIED);

    /** 3.x question 5 values mapped to the 6.x Q6 meaning (§8). */
    public static final List<String[]> LEGACY_RESPONSE_RATE = List.of(
            new String[] {"Yes, 100%", HUNDRED_PERCENT},
            new String[] {"No, but greater than 75% ", "Greater than 75%"},
            new String[] {"No, but greater than 50%", "Greater than 50%"},
            new String[] {"No, but greater than 25%", "50% or less"},
            new String[] {"No, but less than 25%", "50% or less"},
            new String[] {"None", "None"});

    private AnswerLists() {
    }

    /** Allowed answers for question n (1..8) in the 6.x meaning. */
    public static List<String> forQuestion(int n) {
        return switch (n) {
            case 1, 2, 7, 8 -> YES_NO;
            case 6 -> RESPONSE_RATE;
            default -> YES_NO_UNKNOWN;
        };
    }

    /** Allowed answers for company question A..H. */
    public static List<String> forCompanyQuestion(char letter) {
        return switch (letter) {
            case 'E' -> COMPANY_E;
            case 'H' -> COMPANY_H;
            default -> YES_NO;
        };
    }

    public static boolean isPseudoSmelter(String lookupName) {
        String k = Text.key(lookupName);
        return k != null && (k.equals("smelter not listed") || k.equals("smelter not yet identified"));
    }

    /**
     * Matches a value against a list: exact is RMI's own test (case-insensitive, whitespace-sensitive),
     * inList our lenient one (whitespace-normalised).
     */
    public static Answer match(String raw, List<String> allowed, String cell) {
        if (raw == null || raw.isEmpty()) {
            return Answer.blank(cell);
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(raw)) {
                return new Answer(raw, a, true, true, cell);
            }
        }
        String key = Text.key(raw);
        for (String a : allowed) {
            if (Text.key(a).equals(key)) {
                return new Answer(raw, a, true, false, cell);
            }
        }
        return new Answer(raw, Text.normalize(raw), false, false, cell);
    }
}
