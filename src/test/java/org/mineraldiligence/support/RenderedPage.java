package org.mineraldiligence.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MvcResult;

/**
 * A page as a person reads it: its status, headings and visible text (tags dropped, entities read back), next
 * to the raw HTML for the one question a reader cannot answer, whether hostile text stayed text.
 */
public record RenderedPage(int status, String html) {

    private static final Pattern HEADING = Pattern.compile("<h([1-3])[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile("<(head|script|style)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    public static RenderedPage of(MvcResult result) throws java.io.UnsupportedEncodingException {
        return new RenderedPage(result.getResponse().getStatus(), result.getResponse().getContentAsString());
    }

    /** The text of the h1, h2 and h3 elements, in order. */
    public List<String> headings() {
        return all(HEADING, 2);
    }

    /** The text of every link, in order. */
    public List<String> links() {
        return all(LINK, 1);
    }

    /** What the browser shows, with white space collapsed. */
    public String text() {
        return visible(INVISIBLE.matcher(html).replaceAll(" "));
    }

    private List<String> all(Pattern pattern, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(visible(m.group(group)));
        }
        return found;
    }

    private static String visible(String fragment) {
        String text = TAG.matcher(fragment).replaceAll(" ").replaceAll("\\s+", " ").replaceAll(" ([.,;:)])", "$1")
                .trim();
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
