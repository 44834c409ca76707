package org.mineraldiligence.supplier;

import java.math.BigDecimal;

/**
 * Reads spend as ERP exports write it: 1234567.89, 1,234,567.89, 1.234.567,89 or 1 234 567,89. The last
 * separator followed by one or two digits is the decimal mark; every other separator groups thousands.
 */
public final class Amounts {

    private Amounts() {
    }

    /** The amount, or null when the text is not one. */
    public static BigDecimal parse(String text) {
        String compact = text.replaceAll("[\\s\u00a0']", "");
        int lastMark = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
        String digits;
        if (lastMark >= 0 && compact.length() - lastMark - 1 <= 2) {
            digits = compact.substring(0, lastMark).replaceAll("[.,]", "") + "." + compact.substring(lastMark + 1);
        } else {
            digits = compact.replaceAll("[.,]", "");
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException notAnAmount) {
            return null;
        }
    }
}
