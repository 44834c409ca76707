package org.mineraldiligence.cmrt.template;

import java.util.Locale;

/** Whitespace and case normalisation used wherever supplier text is compared (spec §3.4). */
public final class Text {

    private Text() {
    }

    /** NBSP, tabs and line breaks become spaces; runs collapse; trimmed. Null stays null. */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Normalised and lower-cased, for case-insensitive comparison. */
    public static String key(String s) {
        String n = normalize(s);
        return n == null ? null : n.toLowerCase(Locale.ROOT);
    }

    public static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    /** Non-empty but nothing except whitespace: RMI counts it as filled, we warn. */
    public static boolean isWhitespaceOnly(String s) {
        return s != null && !s.isEmpty() && normalize(s).isEmpty();
    }

    /** Null for blank or whitespace-only input, else the normalised text. */
    public static String clean(String s) {
        String n = normalize(s);
        return n == null || n.isEmpty() ? null : n;
    }

    /** The first of the values that is not null (the cells a template revision may hold a value in). */
    @SafeVarargs
    public static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
