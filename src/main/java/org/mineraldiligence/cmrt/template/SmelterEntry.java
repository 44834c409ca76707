package org.mineraldiligence.cmrt.template;

import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.SmelterRow;

/**
 * A Smelter List row with what the rules need beyond the public {@link SmelterRow}: the raw texts of
 * the input columns and the parsed metal and ids.
 *
 * @param raw            raw text of columns A..T (index 0..19), null when blank; E-J and R-T with 0 as blank
 * @param metal          column B as a metal, null when blank or not one of the four
 * @param cidFromInput   column A normalised, null when blank or not a CID
 * @param cidFromColumnF column F normalised, null when blank or not a CID
 * @param resolvedFromA  B/C lacked cached values and were resolved from the CID in column A
 */
public record SmelterEntry(SmelterRow row, String[] raw, Metal metal, String cidFromInput, String cidFromColumnF,
                           boolean resolvedFromA) {

    public static final int A = 0;
    public static final int B = 1;
    public static final int C = 2;
    public static final int D = 3;
    public static final int E = 4;
    public static final int F = 5;
    public static final int G = 6;
    public static final int P = 15;

    public String raw(int column) {
        return raw[column];
    }

    public int rowNumber() {
        return row.row();
    }

    public boolean lookupIs(String pseudo) {
        String k = Text.key(raw[C]);
        return k != null && k.equals(Text.key(pseudo));
    }
}
