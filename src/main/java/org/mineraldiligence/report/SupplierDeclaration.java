package org.mineraldiligence.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mineraldiligence.smelter.Metal;

/** The per-metal answers (Q1..Q8) of one supplier's valid CMRT, read from the checker's stored JSON. */
record SupplierDeclaration(Map<Metal, Map<String, String>> answers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SupplierDeclaration fromCheckJson(String checkJson) {
        Map<Metal, Map<String, String>> answers = new EnumMap<>(Metal.class);
        try {
            JsonNode metals = JSON.readTree(checkJson).path("metals");
            for (Metal metal : Metal.values()) {
                Map<String, String> byQuestion = new HashMap<>();
                metals.path(metal.label()).path("answers").fields().forEachRemaining(e ->
                        byQuestion.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
                answers.put(metal, byQuestion);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored check result is not JSON", e);
        }
        return new SupplierDeclaration(answers);
    }

    String answer(Metal metal, int question) {
        return answers.getOrDefault(metal, Map.of()).get("Q" + question);
    }

    boolean says(Metal metal, int question, String value) {
        return value.equalsIgnoreCase(String.valueOf(answer(metal, question)));
    }

    /** The metal is in the declaration's scope: intentionally added and remaining in the product. */
    boolean covers(Metal metal) {
        return says(metal, 1, "Yes") && says(metal, 2, "Yes");
    }
}
