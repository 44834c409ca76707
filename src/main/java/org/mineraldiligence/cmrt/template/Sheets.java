package org.mineraldiligence.cmrt.template;

import java.util.List;

import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.mineraldiligence.cmrt.workbook.SheetRequest;

/** Sheet names and the windows we read of each; everything else in the workbook is never parsed. */
public final class Sheets {

    public static final String REVISION = "Revision";
    public static final String DECLARATION = "Declaration";
    public static final String SMELTER_LIST = "Smelter List";
    public static final String CHECKER = "Checker";
    public static final String PRODUCT_LIST = "Product List";
    public static final String SMELTER_LOOKUP = "Smelter Look-up";
    public static final String COUNTRIES = "C";

    public static final int SMELTER_FIRST_ROW = 5;
    public static final int PRODUCT_FIRST_ROW = 6;

    private Sheets() {
    }

    public static List<SheetRequest> requests(ReadLimits limits) {
        return List.of(
                SheetRequest.head(REVISION, 3, 3).onlyColumns("B"),
                SheetRequest.head(DECLARATION, 10, 100).onlyColumns("DGJ"),
                SheetRequest.capped(SMELTER_LIST, 20, SMELTER_FIRST_ROW - 1 + limits.maxSmelterRows()),
                SheetRequest.head(CHECKER, 4, 2).onlyColumns("D"),
                SheetRequest.capped(PRODUCT_LIST, 4, PRODUCT_FIRST_ROW - 1 + limits.maxProductRows()).onlyColumns("BCD"),
                SheetRequest.capped(SMELTER_LOOKUP, 9, 20_000).onlyColumns("ABCDEFHI"),
                SheetRequest.capped(COUNTRIES, 2, 1_000).onlyColumns("B"));
    }
}
