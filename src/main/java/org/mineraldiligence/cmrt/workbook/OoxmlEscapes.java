package org.mineraldiligence.cmrt.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell text in an .xlsx may carry characters XML cannot hold (a carriage return, control characters) as
 * {@code _xHHHH_}, ECMA-376's ST_Xstring escape; a literal "_x" that would read as one is written
 * {@code _x005F_x}. Excel writes {@code _x000D_} for every line break typed on Windows.
 */
final class OoxmlEscapes {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private OoxmlEscapes() {
    }

    static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(decoded).toString();
    }
}
