package org.mineraldiligence.engine.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Camunda Forms under {@code forms/} on the class path, the same files the engine deploys (see
 * {@code camunda.bpm.deployment-resource-pattern}), read once and looked up by their id.
 */
public final class TaskForms {

    private final Map<String, TaskForm> byId;

    private TaskForms(Map<String, TaskForm> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static TaskForms fromClassPath() {
        ObjectMapper json = new ObjectMapper();
        Map<String, TaskForm> forms = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    TaskForm form = parse(json.readTree(in));
                    forms.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not read the task forms", e);
        }
        return new TaskForms(forms);
    }

    public Optional<TaskForm> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id)); // Map.copyOf refuses null keys
    }

    public Iterable<TaskForm> all() {
        return byId.values();
    }

    static TaskForm parse(JsonNode form) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return new TaskForm(form.path("id").asText(), fields);
    }

    /** Fields may sit inside groups; components without a key (texts, spacers) are not inputs. */
    private static void collect(JsonNode components, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            if (key != null && !component.path("type").asText().equals("button")) {
                fields.put(key, field(key, component));
            }
            collect(component.path("components"), fields);
        }
    }

    private static FormField field(String key, JsonNode component) {
        JsonNode validate = component.path("validate");
        Set<String> values = new LinkedHashSet<>();
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
        String pattern = validate.path("pattern").asText(null);
        return new FormField(key, component.path("label").asText(key), component.path("type").asText(),
                "date".equals(component.path("subtype").asText()), validate.path("required").asBoolean(false),
                values, number(validate, "min"), number(validate, "max"), integer(validate, "minLength"),
                integer(validate, "maxLength"), pattern == null ? null : Pattern.compile(pattern),
                HideCondition.parse(component.path("conditional").path("hide").asText(null)));
    }

    private static Double number(JsonNode node, String name) {
        return node.has(name) ? node.get(name).asDouble() : null;
    }

    private static Integer integer(JsonNode node, String name) {
        return node.has(name) ? node.get(name).asInt() : null;
    }
}
