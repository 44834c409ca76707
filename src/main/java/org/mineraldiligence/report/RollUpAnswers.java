package org.mineraldiligence.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mineraldiligence.smelter.Metal;

/**
 * The consolidated CMRT's per-metal answers, derived from what the cycle knows and no further: a "No" only
 * where every in-scope supplier has answered and agrees, "Unknown" where the answers leave a gap.
 *
 * @param inScope         suppliers in the cycle's scope
 * @param responded       of them, those who sent a workbook (the response rate, for Q6)
 * @param declarations    the latest valid declaration of each supplier that has one
 * @param metalsWithSmelters metals of which a known smelter was identified
 * @param unreportedRows  per metal, declared rows the roll-up does not list (under review, not yet identified, unknown id)
 */
record RollUpAnswers(long inScope, long responded, List<SupplierDeclaration> declarations,
                     Set<Metal> metalsWithSmelters, Map<Metal, Long> unreportedRows) {

    /** Answers Q1..Q8 of each metal; a question the template does not ask for that metal is left out. */
    Map<Metal, Map<Integer, String>> answers() {
        Map<Metal, Map<Integer, String>> all = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            Map<Integer, String> answers = new java.util.TreeMap<>();
            boolean used = metalsWithSmelters.contains(metal) || declarations.stream().anyMatch(d -> d.says(metal, 1, "Yes"));
            answers.put(1, used ? "Yes" : "No");
            if (used) {
                boolean remains = metalsWithSmelters.contains(metal) || declarations.stream().anyMatch(d -> d.covers(metal));
                answers.put(2, remains ? "Yes" : "No");
                if (remains) {
                    answers.putAll(dueDiligence(metal));
                }
            }
            all.put(metal, answers);
        }
        return all;
    }

    private Map<Integer, String> dueDiligence(Metal metal) {
        List<SupplierDeclaration> relevant = declarations.stream().filter(d -> d.covers(metal)).toList();
        boolean everyoneAnswered = inScope > 0 && declarations.size() == inScope;
        Map<Integer, String> answers = new java.util.TreeMap<>();
        answers.put(3, sourcing(relevant, metal, 3, everyoneAnswered));
        answers.put(4, sourcing(relevant, metal, 4, everyoneAnswered));
        if (relevant.stream().anyMatch(d -> !d.says(metal, 5, "Yes") && !d.says(metal, 5, "Unknown"))) {
            answers.put(5, "No");
        } else {
            answers.put(5, everyoneAnswered && !relevant.isEmpty() && relevant.stream().allMatch(d -> d.says(metal, 5, "Yes"))
                    ? "Yes" : "Unknown");
        }
        answers.put(6, responseBand());
        boolean allIdentified = everyoneAnswered && relevant.stream().allMatch(d -> d.says(metal, 7, "Yes"))
                && unreportedRows.getOrDefault(metal, 0L) == 0;
        answers.put(7, allIdentified ? "Yes" : "No");
        answers.put(8, unreportedRows.getOrDefault(metal, 0L) == 0 ? "Yes" : "No");
        return answers;
    }

    /** Q3/Q4: one supplier's "Yes" is ours; "No" needs every supplier's "No". */
    private static String sourcing(List<SupplierDeclaration> relevant, Metal metal, int question, boolean everyoneAnswered) {
        if (relevant.stream().anyMatch(d -> d.says(metal, question, "Yes"))) {
            return "Yes";
        }
        return everyoneAnswered && !relevant.isEmpty() && relevant.stream().allMatch(d -> d.says(metal, question, "No"))
                ? "No" : "Unknown";
    }

    /** Q6 from the response rate, in the template's bands. */
    String responseBand() {
        if (inScope == 0 || responded == 0) {
            return "None";
        }
        if (responded >= inScope) {
            return "100%";
        }
        double share = (double) responded / inScope;
        return share > 0.9 ? "Greater than 90%" : share > 0.75 ? "Greater than 75%"
                : share > 0.5 ? "Greater than 50%" : "50% or less";
    }
}
