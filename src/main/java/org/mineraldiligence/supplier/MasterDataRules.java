package org.mineraldiligence.supplier;

import java.util.regex.Pattern;

/** The shape of master data values, shared by the import and the edit page so both refuse the same things. */
public final class MasterDataRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** "+49 89 1234-567", "(030) 123 456", "+1 555 0100 ext. 12": digits and the usual separators, nothing else. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,30}((ext\\.?|x) ?[0-9]{1,6})?",
            Pattern.CASE_INSENSITIVE);

    private MasterDataRules() {
    }

    public static boolean isEmail(String text) {
        return text.length() <= 320 && EMAIL.matcher(text).matches();
    }

    public static boolean isPhone(String text) {
        return PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 4;
    }

    public static boolean isCurrency(String upperCaseText) {
        return CURRENCY.matcher(upperCaseText).matches();
    }
}
