package org.mineraldiligence.cmrt.emrt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.TemplateVersion;

/**
 * Where an EMRT keeps its answers (docs/EMRT-FORMAT.md §3, §4), per family. Each question has one row per
 * mineral "slot": in 1.x slot 0 is cobalt, slot 1 mica and slots 2-3 are hidden spares preset to "No"; in 2.x
 * the n-th mineral selected (in alphabetical order) answers in the n-th row of every block.
 */
public enum EmrtLayout {

    /** EMRT 1.1, 1.11, 1.2, 1.3: cobalt and mica, the company block in the CMRT's cells. */
    V1(new int[] {26, 32, 38, 44, 50, 56, 62}, 74, 4, "D69", "D71", "G71", "D77", "D79", "G79", "D81", "D83",
            List.of("Yes", "No", "Unknown", "Not applicable for this declaration"),
            List.of("100%", "Greater than 90%", "Greater than 75%", "Greater than 50%", "50% or less", "None")),

    /** EMRT 2.0, 2.1: the declarant's choice of the six minerals, the company block four rows lower. */
    V2(new int[] {30, 42, 54, 66, 78, 90, 102}, 120, 6, "D115", "D117", "G117", "D131", "D133", "G133", "D135", "D137",
            List.of("Yes", "No", "Unknown", "Not declaring"),
            List.of("100%", "Greater than 90%", "Greater than 75%", "Greater than 50%", "50% or less", "None",
                    "Did not survey"));

    public static final String NOT_APPLICABLE_V1 = "Not applicable for this declaration";
    public static final String NOT_DECLARING = "Not declaring";
    public static final String C_MORE_VALIDATED = "Yes, when more processors are validated";
    public static final String E_IPC1755 = "Yes, in conformance with IPC1755 (e.g. EMRT)";
    public static final String E_OTHER_FORMAT = "Yes, Using Other Format (Describe)";
    public static final List<String> COMPANY_C = List.of("Yes", C_MORE_VALIDATED, "No");
    public static final List<String> COMPANY_E = List.of(E_IPC1755, E_OTHER_FORMAT, "No");

    /** 2.x: the six selection cells, one per mineral, in {@link ExtendedMineral} order. */
    static final Map<ExtendedMineral, String> SELECTION_CELLS = selectionCells();

    private final int[] questionRows;
    private final int companyCRow;
    private final int slots;
    private final String a;
    private final String b;
    private final String policyUrl;
    private final String d;
    private final String e;
    private final String otherFormat;
    private final String f;
    private final String g;
    private final List<String> q1Values;
    private final List<String> responseRates;

    EmrtLayout(int[] questionRows, int companyCRow, int slots, String a, String b, String policyUrl, String d, String e,
               String otherFormat, String f, String g, List<String> q1Values, List<String> responseRates) {
        this.questionRows = questionRows;
        this.companyCRow = companyCRow;
        this.slots = slots;
        this.a = a;
        this.b = b;
        this.policyUrl = policyUrl;
        this.d = d;
        this.e = e;
        this.otherFormat = otherFormat;
        this.f = f;
        this.g = g;
        this.q1Values = q1Values;
        this.responseRates = responseRates;
    }

    /** The family of an EMRT revision; null for a revision this reader does not know (3.0 and later). */
    public static EmrtLayout of(TemplateVersion version) {
        if (version == null) {
            return null;
        }
        return switch (version.major()) {
            case 1 -> V1;
            case 2 -> V2;
            default -> null;
        };
    }

    /** Declaration cell of question n (1..7) for a slot. */
    public String questionCell(int question, int slot) {
        return "D" + (questionRows[question - 1] + slot);
    }

    /** Declaration cell of company question C for a slot (asked per mineral). */
    public String companyCCell(int slot) {
        return "D" + (companyCRow + slot);
    }

    /** Mineral rows of each question block the reader looks at: 4 in 1.x (2 real, 2 spare), 6 in 2.x. */
    public int slots() {
        return slots;
    }

    /** Company question by letter A, B, D, E, F, G (C is per mineral). */
    public String companyCell(char letter) {
        return switch (letter) {
            case 'A' -> a;
            case 'B' -> b;
            case 'D' -> d;
            case 'E' -> e;
            case 'F' -> f;
            case 'G' -> g;
            default -> throw new IllegalArgumentException("no company question " + letter);
        };
    }

    public String policyUrlCell() {
        return policyUrl;
    }

    public String otherFormatCell() {
        return otherFormat;
    }

    /** 1.1 and 1.11 only: the comment of question A (G69) is required when A is Yes. */
    public static String aCommentCell() {
        return "G69";
    }

    public List<String> q1Values() {
        return q1Values;
    }

    public List<String> responseRates() {
        return responseRates;
    }

    /** The company block's cells: 1.x uses the CMRT's D8-D22; 2.x inserts the minerals at D12:G13. */
    public String companyFieldCell(CompanyField field) {
        if (this == V1) {
            return field.cell();
        }
        return switch (field) {
            case COMPANY_NAME -> "D8";
            case SCOPE -> "D9";
            case SCOPE_DESCRIPTION -> "D10";
            case UNIQUE_ID -> "D16";
            case UNIQUE_ID_AUTHORITY -> "D17";
            case ADDRESS -> "D18";
            case CONTACT_NAME -> "D19";
            case CONTACT_EMAIL -> "D20";
            case CONTACT_PHONE -> "D21";
            case AUTHORIZER -> "D22";
            case AUTHORIZER_TITLE -> "D23";
            case AUTHORIZER_EMAIL -> "D24";
            case AUTHORIZER_PHONE -> "D25";
            case EFFECTIVE_DATE -> "D26";
        };
    }

    /** The Checker requires the authorizer's phone in neither family, the contact's phone in both. */
    public boolean requires(CompanyField field) {
        return switch (field) {
            case COMPANY_NAME, SCOPE, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, AUTHORIZER, AUTHORIZER_EMAIL,
                    EFFECTIVE_DATE -> true;
            default -> false;
        };
    }

    /** Allowed answers of question n (1..7) for a mineral (1.x question 3 names each mineral's own regions). */
    public List<String> answers(int question, ExtendedMineral mineral) {
        return switch (question) {
            case 1 -> q1Values;
            case 3 -> this == V1 && mineral == ExtendedMineral.COBALT ? List.of("Yes", "No", "Unknown", "DRC only")
                    : this == V1 && mineral == ExtendedMineral.MICA
                    ? List.of("Yes", "No", "Unknown", "India and/or Madagascar only") : YES_NO_UNKNOWN;
            case 5 -> responseRates;
            default -> YES_NO_UNKNOWN;
        };
    }

    static final List<String> YES_NO_UNKNOWN = List.of("Yes", "No", "Unknown");
    static final List<String> YES_NO = List.of("Yes", "No");

    private static Map<ExtendedMineral, String> selectionCells() {
        Map<ExtendedMineral, String> cells = new EnumMap<>(ExtendedMineral.class);
        cells.put(ExtendedMineral.COBALT, "D12");
        cells.put(ExtendedMineral.COPPER, "E12");
        cells.put(ExtendedMineral.GRAPHITE, "G12");
        cells.put(ExtendedMineral.LITHIUM, "D13");
        cells.put(ExtendedMineral.MICA, "E13");
        cells.put(ExtendedMineral.NICKEL, "G13");
        return java.util.Collections.unmodifiableMap(cells);
    }
}
