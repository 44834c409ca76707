package org.mineraldiligence.cmrt.template;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Smelter identification numbers (spec §10): CID + 6 digits since 3.0. */
public final class SmelterIds {

    private static final Pattern CID = Pattern.compile("CID(\\d{1,6})");

    private SmelterIds() {
    }

    /** Upper-cased, spaces removed, digits zero-padded ("cid 2763" → "CID002763"); null if not a CID. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = Text.normalize(raw).replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = CID.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        return "CID" + "0".repeat(6 - m.group(1).length()) + m.group(1);
    }
}
