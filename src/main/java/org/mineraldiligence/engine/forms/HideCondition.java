package org.mineraldiligence.engine.forms;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A form field's {@code conditional.hide} expression, for the one shape our forms use: another field
 * compared with a text ({@code =mitigation = "ACCEPT"}, {@code =outcome != "ESCALATED"}). A hidden field is
 * never required. An expression of another shape is kept as {@link #UNKNOWN}, which counts as "maybe hidden",
 * so such a field is not required by the guard (the step that reads it still checks it).
 */
public record HideCondition(String field, boolean equals, String value) {

    public static final HideCondition NEVER = new HideCondition(null, false, null);
    public static final HideCondition UNKNOWN = new HideCondition(null, true, null);

    private static final Pattern COMPARISON = Pattern.compile("^=\\s*(\\w+)\\s*(=|!=)\\s*\"([^\"]*)\"\\s*$");

    public static HideCondition parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return NEVER;
        }
        Matcher matcher = COMPARISON.matcher(expression);
        return matcher.matches() ? new HideCondition(matcher.group(1), matcher.group(2).equals("="), matcher.group(3))
                : UNKNOWN;
    }

    boolean hides(Map<String, ?> values) {
        if (field == null) {
            return equals;
        }
        Object other = values.get(field);
        if (other instanceof TypedValue typed) {
            other = typed.getValue();
        }
        return Objects.equals(other == null ? null : other.toString(), value) == equals;
    }
}
