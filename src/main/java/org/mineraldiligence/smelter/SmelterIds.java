package org.mineraldiligence.smelter;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Smelter identification numbers as RMI assigns them since CMRT 3.0: {@code CID} and six digits.
 * Normalisation follows CMRT-FORMAT §10: trim, upper-case, remove inner spaces, zero-pad the digits to six.
 * Anything else (2.x ids, vendor numbers) is not a CID and is never matched by id.
 */
public final class SmelterIds {

    private static final Pattern LOOSE = Pattern.compile("CID(\\d{1,6})");

    private SmelterIds() {
    }

    /** The canonical {@code CID000000} form, or empty when the text is not a smelter id. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        Matcher m = LOOSE.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("CID" + "0".repeat(6 - m.group(1).length()) + m.group(1));
    }

    public static boolean isCanonical(String id) {
        return id != null && id.matches("CID\\d{6}");
    }
}
