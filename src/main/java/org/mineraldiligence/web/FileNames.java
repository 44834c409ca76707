package org.mineraldiligence.web;

/**
 * A file name as a person's computer sent it, made safe to store and show: only the last path segment, no
 * control characters (C0 and C1), no bidirectional or other invisible format characters (U+202E would show
 * {@code a\u202Eslx.exe} as {@code aexe.xlsx}), no line separators. Only the cleaned name is ever stored.
 */
public final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String clean(String original, String fallback) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        // Keep the end, which holds the extension.
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
