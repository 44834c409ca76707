package org.mineraldiligence.web;

/** Supplier text that goes into Markdown (the Tasklist forms render it): nothing in it may format or link. */
public final class PlainText {

    private PlainText() {
    }

    public static String forMarkdown(String value) {
        return value == null ? "" : value.replaceAll("[\\\\`*_\\[\\]<>#|()!]", " ").strip();
    }
}
