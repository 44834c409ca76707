package org.mineraldiligence.survey;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The findings of a stored check result, in the form e-mails and pages show them. */
public final class SubmissionFindings {

    public record Finding(String ruleId, String severity, String message, String sheet, String cell) {

        /** Where to look, as a supplier finds it in Excel, e.g. "Declaration!D8". */
        public String location() {
            if (cell == null || cell.isBlank()) {
                return sheet == null ? "" : sheet;
            }
            return cell.contains("!") || sheet == null ? cell : sheet + "!" + cell;
        }

        /** The checker's message says what is wrong first, then how to fix it. */
        public String problem() {
            int end = message == null ? -1 : message.indexOf(". ");
            return end < 0 ? String.valueOf(message) : message.substring(0, end + 1);
        }

        public String fix() {
            int end = message == null ? -1 : message.indexOf(". ");
            return end < 0 ? "Correct the cell shown, then upload the workbook again." : message.substring(end + 2);
        }

        public boolean isError() {
            return "ERROR".equals(severity);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmissionFindings() {
    }

    public static List<Finding> of(String checkJson) {
        if (checkJson == null || checkJson.isBlank()) {
            return List.of();
        }
        try {
            List<Finding> findings = new ArrayList<>();
            for (JsonNode node : JSON.readTree(checkJson).path("findings")) {
                findings.add(new Finding(text(node, "ruleId"), text(node, "severity"), text(node, "message"),
                        text(node, "sheet"), text(node, "cell")));
            }
            return findings;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored check result is not JSON", e);
        }
    }

    /** The company-level answers A–H as the checker read them. */
    public static java.util.Map<String, String> companyQuestions(String checkJson) {
        java.util.Map<String, String> answers = new java.util.HashMap<>();
        if (checkJson == null || checkJson.isBlank()) {
            return answers;
        }
        try {
            JSON.readTree(checkJson).path("companyQuestions").fields()
                    .forEachRemaining(entry -> answers.put(entry.getKey(), entry.getValue().isNull() ? null
                            : entry.getValue().asText()));
            return answers;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored check result is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
