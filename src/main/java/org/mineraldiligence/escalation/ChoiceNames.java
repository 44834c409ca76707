package org.mineraldiligence.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The label a person chose in a Camunda Form ("Escalate to the executive champions"), for the value the
 * decision record keeps ({@code ESCALATE}): read from the same {@code forms/*.form} files the engine deploys,
 * so a relabelled option needs no second edit here.
 */
@Component
public class ChoiceNames {

    private final Map<String, String> labels = new HashMap<>();

    ChoiceNames() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    String formId = form.path("id").asText();
                    for (JsonNode component : form.path("components")) {
                        for (JsonNode value : component.path("values")) {
                            labels.put(formId + "/" + value.path("value").asText(), value.path("label").asText());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the task forms cannot be read", e);
        }
    }

    /** The option's label in the task's form, else the value as recorded ("yes" for a ticked checkbox). */
    String of(String taskKey, String choice) {
        if (choice == null) {
            return null;
        }
        String form = FORM_OF_TASK.get(taskKey);
        return form == null ? choice : labels.getOrDefault(form + "/" + choice, choice);
    }

    /** The executive-decision form's label of a decision kind ("Disengage from the supplier"), for our pages. */
    public String ofExecutiveDecision(String kind) {
        return of("Activity_DecideOnSupplier", kind);
    }

    /** The form of each user task of the survey and the escalation (their models' formRef). */
    private static final Map<String, String> FORM_OF_TASK = Map.of(
            "Activity_AddSupplierContact", "add-supplier-contact",
            "Activity_ContactUnresponsiveSupplier", "contact-unresponsive-supplier",
            "Activity_ResolveInvalidCmrt", "resolve-invalid-cmrt",
            "Activity_AgreeRiskMitigation", "agree-risk-mitigation",
            "Activity_DecideOnSupplier", "executive-decision");
}
