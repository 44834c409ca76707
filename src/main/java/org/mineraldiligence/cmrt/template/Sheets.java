package org.mineraldiligence.cmrt.template;

import java.util.List;

import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.mineraldiligence.cmrt.workbook.SheetRequest;

/**
 * Sheet names and the windows we read of each; everything else in the workbook is never parsed. One set of
 * windows for every RMI template we read: the type is only known once the Revision sheet is read, in the same
 * pass. The EMRT needs a few more cells (Declaration down to row 137 and column E, Product List D-F, the
 * Mine List); on a CMRT they are a handful of empty or label cells that no rule looks at.
 */
public final class Sheets {

    public static final String REVISION = "Revision";
    public static final String DECLARATION = "Declaration";
    public static final String SMELTER_LIST = "Smelter List";
    public static final String CHECKER = "Checker";
    public static final String PRODUCT_LIST = "Product List";
    public static final String SMELTER_LOOKUP = "Smelter Look-up";
    public static final String COUNTRIES = "C";
    /** EMRT 2.x only. */
    public static final String MINE_LIST = "Mine List";

    public static final int SMELTER_FIRST_ROW = 5;
    public static final int PRODUCT_FIRST_ROW = 6;
    public static final int MINE_FIRST_ROW = 5;

    private Sheets() {
    }

    public static List<SheetRequest> requests(ReadLimits limits) {
        return List.of(
                SheetRequest.head(REVISION, 3, 3).onlyColumns("B"),
                SheetRequest.head(DECLARATION, 10, 140).onlyColumns("DEGJ"),
                SheetRequest.capped(SMELTER_LIST, 20, SMELTER_FIRST_ROW - 1 + limits.maxSmelterRows()),
                SheetRequest.head(CHECKER, 4, 2).onlyColumns("D"),
                SheetRequest.capped(PRODUCT_LIST, 6, PRODUCT_FIRST_ROW - 1 + limits.maxProductRows()).onlyColumns("BCDEF"),
                SheetRequest.capped(MINE_LIST, 13, MINE_FIRST_ROW - 1 + limits.maxSmelterRows()),
                SheetRequest.capped(SMELTER_LOOKUP, 9, 20_000).onlyColumns("ABCDEFHI"),
                SheetRequest.capped(COUNTRIES, 2, 1_000).onlyColumns("B"));
    }
}
