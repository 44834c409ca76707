package org.mineraldiligence.cmrt;

/**
 * One problem in a file.
 *
 * @param ruleId   stable id from the format spec, e.g. CMRT-REQ-COMPANY-NAME
 * @param message  plain English for the supplier, saying how to fix it; never echoes what they typed
 * @param sheet    sheet name, or null for file-level findings
 * @param cell     sheet-qualified address such as {@code Declaration!D8}, or null
 */
public record Finding(String ruleId, Severity severity, String message, String sheet, String cell) {

    public static Finding error(String ruleId, String message, String sheet, String address) {
        return new Finding(ruleId, Severity.ERROR, message, sheet, qualify(sheet, address));
    }

    public static Finding warning(String ruleId, String message, String sheet, String address) {
        return new Finding(ruleId, Severity.WARNING, message, sheet, qualify(sheet, address));
    }

    private static String qualify(String sheet, String address) {
        if (sheet == null || address == null) {
            return null;
        }
        return sheet + "!" + address;
    }
}
