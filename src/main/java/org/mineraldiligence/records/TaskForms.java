package org.mineraldiligence.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The input fields of the Camunda Forms our user tasks use (the same {@code forms/*.form} files the engine
 * deploys), read once at start-up: which variables a task's form declares, of which kind, under which label.
 */
@Component
class TaskForms {

    /** The only kind of condition our forms use to hide a field: {@code =field != "VALUE"} or {@code =field = "VALUE"}. */
    private static final Pattern HIDE_CONDITION = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

    /** One input of a form; {@code hide} is the form's FEEL condition under which the field is not shown, or null. */
    record Field(String key, String type, String label, String hide) {

        /** Whether the form showed this field for these values (the values the completion left on the task). */
        boolean shownFor(Map<String, Object> values) {
            if (hide == null) {
                return true;
            }
            Matcher condition = HIDE_CONDITION.matcher(hide);
            if (!condition.matches()) {
                return true;
            }
            boolean equal = condition.group(3).equals(String.valueOf(values.get(condition.group(1))));
            return condition.group(2).equals("=") != equal;
        }
    }

    private final Map<String, List<Field>> fieldsByForm = new HashMap<>();

    TaskForms() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    List<Field> fields = new ArrayList<>();
                    collect(form.path("components"), fields);
                    fieldsByForm.put(form.path("id").asText(), List.copyOf(fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the task forms cannot be read", e);
        }
    }

    /** The fields of the form with this id, in the order the form shows them; none for an unknown form. */
    List<Field> fieldsOf(String formId) {
        return formId == null ? List.of() : fieldsByForm.getOrDefault(formId, List.of());
    }

    private static void collect(JsonNode components, List<Field> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                JsonNode hide = component.path("conditional").path("hide");
                fields.add(new Field(component.get("key").asText(), component.path("type").asText(),
                        component.path("label").asText(component.path("dateLabel").asText(component.get("key").asText())),
                        hide.isTextual() ? hide.asText() : null));
            }
            collect(component.path("components"), fields);
        }
    }
}
