package org.mineraldiligence.cmrt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Smelter identification numbers as RMI assigns them since CMRT 3.0: {@code CID} and six digits.
 * Normalisation follows CMRT-FORMAT §10: upper-case, remove all spaces (including the non-breaking ones
 * that spreadsheets paste), zero-pad the digits to six. Anything else (2.x ids, vendor numbers) is not a
 * CID and is never matched by id. The one normaliser for workbooks, reference lists, matching and pages.
 */
public final class SmelterIds {

    private static final Pattern LOOSE = Pattern.compile("CID(\\d{1,6})");
    /** A smelter id inside other text: "see CID 2763", "Tanaka (cid001875)". */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\p{L}\\p{N}])CID[\\s\\u00A0#:-]*(\\d{1,6})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private SmelterIds() {
    }

    /** The canonical {@code CID000000} form ("cid 2763" → "CID002763"), or empty when the text is not a smelter id. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        Matcher m = LOOSE.matcher(compact.toString().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("CID" + "0".repeat(6 - m.group(1).length()) + m.group(1));
    }

    /** Every smelter id written anywhere in the text, canonical, in order of appearance and without repeats. */
    public static List<String> findIn(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            String digits = m.group(1);
            ids.add("CID" + "0".repeat(6 - digits.length()) + digits);
        }
        return List.copyOf(ids);
    }

    /** The text with every smelter id in it blanked out, for matching what remains as a name. */
    public static String withoutIds(String text) {
        return text == null ? "" : IN_TEXT.matcher(text).replaceAll(" ");
    }

    public static boolean isCanonical(String id) {
        return id != null && id.matches("CID\\d{6}");
    }
}
