package org.mineraldiligence.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings as a supplier works through them: the same problem on many rows of a sheet is one entry
 * ("Smelter country not from the list", Smelter List rows 5–44, column E), kept in the checker's order,
 * which puts what blocks acceptance first.
 */
public final class FindingGroups {

    /** One problem and every cell it occurs in. */
    public record Group(String ruleId, String severity, String problem, String fix, String location, int count,
                        String message) {

        public boolean isError() {
            return "ERROR".equals(severity);
        }

        public boolean isPolicy() {
            return ruleId != null && ruleId.startsWith("CMRT-POLICY-");
        }
    }

    /** What is wrong and how to fix it, without a row number, for rules that fire once per row. */
    private static final Map<String, String[]> ROW_RULES = Map.ofEntries(
            Map.entry("CMRT-SMELTER-NOT-LISTED-INCOMPLETE", new String[] {"'Smelter not listed' without the smelter's "
                    + "name or country.", "Enter the smelter's name (column D) and country (column E) on each row."}),
            Map.entry("CMRT-WARN-SMELTER-COUNTRY-UNKNOWN", new String[] {"Smelter country not from the list.",
                    "Pick the country from the dropdown in column E."}),
            Map.entry("CMRT-WARN-SMELTER-METAL-MISSING", new String[] {"Smelter data without a metal.",
                    "Choose the metal in column B."}),
            Map.entry("CMRT-WARN-ANSWER-NOT-IN-LIST", new String[] {"Value not exactly from the dropdown.",
                    "Pick each value from the cell's dropdown."}),
            Map.entry("CMRT-WARN-SMELTER-FOR-UNDECLARED-METAL", new String[] {"Smelters for a metal the Declaration says "
                    + "is not in scope (question 1 or 2 is No).", "Correct the Declaration or remove the rows."}),
            Map.entry("CMRT-WARN-SMELTER-LOOKUP-MISSING", new String[] {"A metal but no smelter look-up value.",
                    "Choose the smelter in column C (or 'Smelter not listed' and type name and country)."}),
            Map.entry("CMRT-WARN-SMELTER-LOOKUP-UNKNOWN", new String[] {"Smelter look-up name not in the template's list.",
                    "Pick it from the dropdown in column C, or choose 'Smelter not listed' and enter name and country."}),
            Map.entry("CMRT-WARN-SMELTER-UNRESOLVED", new String[] {"Smelter not matched to an RMI smelter.",
                    "Enter its identification number (CID) in column A if you know it, and complete the address columns."}),
            Map.entry("CMRT-WARN-SMELTER-INVALID-CHAR", new String[] {"A '!' in a smelter name or country, which the "
                    + "template does not allow.", "Remove it."}),
            Map.entry("CMRT-WARN-SMELTER-ID-FORMAT", new String[] {"Smelter identification number not of the form CID "
                    + "plus six digits.", "Enter the RMI number exactly, e.g. CID001234."}),
            Map.entry("CMRT-WARN-SMELTER-ID-MISMATCH", new String[] {"The number typed in column A differs from the one "
                    + "in column F.", "Correct column A, or clear F so it fills in again."}),
            Map.entry("CMRT-WARN-SMELTER-ID-UNKNOWN", new String[] {"Smelter identification number not in the RMI "
                    + "smelter list of this template.", "Check the numbers against the RMI facility list."}),
            Map.entry("CMRT-WARN-SMELTER-ID-METAL-MISMATCH", new String[] {"Smelter identification number of another "
                    + "metal than the row's.", "Correct the metal or the number."}),
            Map.entry("CMRT-WARN-SMELTER-DUPLICATE", new String[] {"The same smelter listed again for the same metal.",
                    "Remove the duplicate rows."}),
            Map.entry("CMRT-WARN-FORMULA-WITHOUT-CACHE", new String[] {"Rows saved by a program that does not calculate "
                    + "Excel formulas.", "Open and save the file in Excel to confirm the rows."}),
            Map.entry("CMRT-WARN-TEXT-TRUNCATED", new String[] {"Cells with more text than the checker reads.",
                    "Shorten the entries."}));

    private static final Pattern ROW_CELL = Pattern.compile("^(?:(.+)!)?([A-Z]{1,3})(\\d+)$");

    private FindingGroups() {
    }

    public static List<Group> of(List<SubmissionFindings.Finding> findings) {
        Map<String, List<SubmissionFindings.Finding>> byProblem = new LinkedHashMap<>();
        for (SubmissionFindings.Finding f : findings) {
            byProblem.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        for (List<SubmissionFindings.Finding> same : byProblem.values()) {
            SubmissionFindings.Finding first = same.get(0);
            if (same.size() == 1) {
                groups.add(new Group(first.ruleId(), first.severity(), first.problem(), first.fix(), first.location(), 1,
                        first.message()));
            } else {
                String[] text = ROW_RULES.get(first.ruleId());
                groups.add(new Group(first.ruleId(), first.severity(), text[0], text[1], rows(same), same.size(),
                        text[0] + " " + text[1]));
            }
        }
        return groups;
    }

    /** Row rules group by sheet and column; any other finding stands alone. */
    private static String key(SubmissionFindings.Finding f) {
        Matcher cell = f.cell() == null ? null : ROW_CELL.matcher(f.location());
        if (!ROW_RULES.containsKey(f.ruleId()) || cell == null || !cell.matches()) {
            return "single|" + System.identityHashCode(f);
        }
        return f.ruleId() + "|" + cell.group(1) + "|" + cell.group(2);
    }

    /** "Smelter List rows 5–20, 22, 30–44 (column E)". */
    static String rows(List<SubmissionFindings.Finding> same) {
        Matcher first = ROW_CELL.matcher(same.get(0).location());
        first.matches();
        List<Integer> numbers = same.stream().map(f -> {
            Matcher m = ROW_CELL.matcher(f.location());
            m.matches();
            return Integer.parseInt(m.group(3));
        }).sorted().distinct().toList();
        StringBuilder ranges = new StringBuilder();
        int start = numbers.get(0);
        int previous = start;
        for (int i = 1; i <= numbers.size(); i++) {
            if (i < numbers.size() && numbers.get(i) == previous + 1) {
                previous = numbers.get(i);
                continue;
            }
            ranges.append(ranges.isEmpty() ? "" : ", ").append(start == previous ? String.valueOf(start) : start + "–" + previous);
            if (i < numbers.size()) {
                start = numbers.get(i);
                previous = start;
            }
        }
        String sheet = first.group(1) == null ? "" : first.group(1) + " ";
        return sheet + "rows " + ranges + " (column " + first.group(2) + ")";
    }
}
