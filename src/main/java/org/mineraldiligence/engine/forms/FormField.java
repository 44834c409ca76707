package org.mineraldiligence.engine.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One input of a Camunda Form (a component with a {@code key}) and the rules the form states for it: type,
 * allowed values, required, length, range, pattern, and when it is hidden. The same rules the form-js
 * renderer applies in Tasklist, applied again on the server, where a caller cannot skip them.
 */
public record FormField(String key, String label, String type, boolean dateOnly, boolean required,
                        Set<String> allowedValues, Double min, Double max, Integer minLength, Integer maxLength,
                        Pattern pattern, HideCondition hidden) {

    /** What is wrong with the value given for this field, if anything; {@code values} is the whole submission. */
    Optional<String> problem(Object given, Map<String, ?> values, boolean completing) {
        Object value = given instanceof TypedValue typed ? typed.getValue() : given;
        boolean visible = !hidden.hides(values);
        if (isEmpty(value)) {
            return completing && required && visible ? Optional.of(name() + " is required") : Optional.empty();
        }
        return switch (type) {
            case "textfield", "textarea" -> text(value);
            case "number" -> number(value);
            case "checkbox" -> value instanceof Boolean ? Optional.empty() : Optional.of(name() + " must be true or false");
            case "radio", "select" -> choice(value);
            case "datetime" -> dateOnly ? date(value) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> text(Object value) {
        if (!(value instanceof String text)) {
            return Optional.of(name() + " must be text");
        }
        if (minLength != null && text.strip().length() < minLength) {
            return Optional.of(name() + " needs at least " + minLength + " characters");
        }
        if (maxLength != null && text.length() > maxLength) {
            return Optional.of(name() + " may have at most " + maxLength + " characters");
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            return Optional.of(name() + " does not have the expected form (" + pattern.pattern() + ")");
        }
        return Optional.empty();
    }

    private Optional<String> number(Object value) {
        double number;
        try {
            number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            return Optional.of(name() + " must be a number");
        }
        if ((min != null && number < min) || (max != null && number > max)) {
            return Optional.of(name() + " must be between " + format(min) + " and " + format(max));
        }
        return Optional.empty();
    }

    private Optional<String> choice(Object value) {
        return allowedValues.contains(value.toString()) ? Optional.empty()
                : Optional.of(name() + " must be one of " + String.join(", ", allowedValues));
    }

    private Optional<String> date(Object value) {
        try {
            LocalDate.parse(value.toString());
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(name() + " must be a date like 2026-12-31");
        }
    }

    private String name() {
        return "'" + key + "' (" + label + ")";
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof List<?> list && list.isEmpty());
    }

    private static String format(Double bound) {
        return bound == null ? "any" : bound % 1 == 0 ? String.valueOf(bound.longValue()) : bound.toString();
    }
}
