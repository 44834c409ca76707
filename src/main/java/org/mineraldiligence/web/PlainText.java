package org.mineraldiligence.web;

/** Supplier text that goes into Markdown (the Tasklist forms render it): nothing in it may format or link. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Removes what makes Markdown links, images, emphasis or HTML ({@code [x](http://evil)}, {@code ![](…)},
     * {@code <b>}), and breaks what Markdown would turn into a link on its own: a bare address
     * ({@code http://…}, {@code www.…}) or an e-mail address. Parentheses stay: without brackets they link nothing.
     */
    public static String forMarkdown(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\\\`*_\\[\\]<>#|~]", " ")
                .replaceAll(":\\s*//", ": //")
                .replaceAll("(?i)\\bwww\\.", "www. ")
                .replace("@", " @ ")
                .replaceAll("[ \\t]{2,}", " ")
                .strip();
    }
}
