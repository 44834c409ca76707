package org.mineraldiligence.supplier;

import java.util.regex.Pattern;

/** The shape of master data values, shared by the import and the edit page so both refuse the same things. */
public final class MasterDataRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private MasterDataRules() {
    }

    public static boolean isEmail(String text) {
        return text.length() <= 320 && EMAIL.matcher(text).matches();
    }

    public static boolean isCurrency(String upperCaseText) {
        return CURRENCY.matcher(upperCaseText).matches();
    }
}
