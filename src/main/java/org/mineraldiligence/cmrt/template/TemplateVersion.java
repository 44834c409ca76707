package org.mineraldiligence.cmrt.template;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A revision such as "6.31" or "2.03a", compared numerically (6.31 < 6.4, as RMI numbers them). */
public record TemplateVersion(String text, BigDecimal number) implements Comparable<TemplateVersion> {

    private static final Pattern REVISION = Pattern.compile("(?i)revision\\s*(\\d+(?:\\.\\d+)?[a-z]?)");

    public static final TemplateVersion NEWEST_KNOWN = parse("Revision 6.5");

    /** Parses "Revision 6.5\nApril 25, 2025"; null when the text carries no revision number. */
    public static TemplateVersion parse(String cellText) {
        if (cellText == null) {
            return null;
        }
        Matcher m = REVISION.matcher(cellText);
        return m.find() ? of(m.group(1)) : null;
    }

    /** Parses a bare number such as "6.31". */
    public static TemplateVersion of(String version) {
        String digits = version.replaceAll("[^0-9.]", "");
        try {
            return new TemplateVersion(version, new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public int major() {
        return number.intValue();
    }

    @Override
    public int compareTo(TemplateVersion o) {
        return number.compareTo(o.number);
    }

    public boolean olderThan(TemplateVersion o) {
        return compareTo(o) < 0;
    }
}
