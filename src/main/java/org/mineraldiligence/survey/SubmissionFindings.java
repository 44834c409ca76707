package org.mineraldiligence.survey;

import java.util.List;

import org.mineraldiligence.cmrt.CmrtJson;

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

    private SubmissionFindings() {
    }

    public static List<Finding> of(String checkJson) {
        return CmrtJson.read(checkJson).findings().stream()
                .map(f -> new Finding(f.ruleId(), f.severity() == null ? null : f.severity().name(), f.message(),
                        f.sheet(), f.cell()))
                .toList();
    }

    /** The company-level answers A–H as the checker read them. */
    public static java.util.Map<String, String> companyQuestions(String checkJson) {
        return new java.util.HashMap<>(CmrtJson.read(checkJson).companyQuestions());
    }
}
