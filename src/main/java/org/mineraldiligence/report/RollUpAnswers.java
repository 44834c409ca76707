package org.mineraldiligence.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mineraldiligence.cmrt.Metal;

/**
 * The consolidated CMRT's per-metal answers, derived from what the cycle knows and no further. Q1 and Q2 are
 * the company's own knowledge: "Yes" as soon as one supplier declares the metal used (or a smelter of it is
 * identified), "No" only where every in-scope supplier answered validly and agrees, otherwise left for the
 * process owner to decide. Q3–Q5 say "Unknown" where answers are missing, Q6 is the real response share.
 *
 * @param inScope         suppliers in the cycle's scope
 * @param responded       of them, those who sent a workbook (the response rate, for Q6)
 * @param declarations    the latest valid declaration of each supplier that has one
 * @param metalsWithSmelters metals of which a known smelter was identified
 * @param unreportedRows  per metal, declared rows the roll-up does not list (under review, not yet identified, unknown id)
 */
record RollUpAnswers(long inScope, long responded, List<SupplierDeclaration> declarations,
                     Set<Metal> metalsWithSmelters, Map<Metal, Long> unreportedRows) {

    /** Proposals for Q1..Q8 of each metal, every one with its basis. */
    Map<Metal, Map<Integer, ProposedAnswer>> proposals() {
        Map<Metal, Map<Integer, ProposedAnswer>> all = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            Map<Integer, ProposedAnswer> answers = new TreeMap<>();
            answers.put(1, scopeAnswer(metal, 1, "used"));
            answers.put(2, scopeAnswer(metal, 2, "remaining in the product"));
            answers.putAll(dueDiligence(metal));
            all.put(metal, answers);
        }
        return all;
    }

    private boolean everyoneAnswered() {
        return inScope > 0 && declarations.size() == inScope;
    }

    private long notAnswered() {
        return Math.max(0, inScope - declarations.size());
    }

    /** Q1 (intentionally added or used) and Q2 (remains in the product). */
    private ProposedAnswer scopeAnswer(Metal metal, int question, String what) {
        String name = metal.label();
        long yes = declarations.stream().filter(d -> d.says(metal, 1, "Yes") && (question == 1 || d.says(metal, 2, "Yes"))).count();
        long no = declarations.stream().filter(d -> question == 1 ? d.says(metal, 1, "No")
                : d.says(metal, 1, "No") || d.says(metal, 2, "No")).count();
        String basis = yes + " of " + inScope + " suppliers declared " + name + " " + what + "; " + no + " declared it not "
                + what + "; " + notAnswered() + " not answered validly";
        if (metalsWithSmelters.contains(metal)) {
            return new ProposedAnswer("Yes", basis + "; " + name + " smelters were identified");
        }
        if (yes > 0) {
            return new ProposedAnswer("Yes", basis);
        }
        if (everyoneAnswered() && no == inScope) {
            return new ProposedAnswer("No", basis + " — every in-scope supplier agrees");
        }
        return new ProposedAnswer(null, basis + " — the answers do not decide; only the company knows");
    }

    private Map<Integer, ProposedAnswer> dueDiligence(Metal metal) {
        List<SupplierDeclaration> relevant = declarations.stream().filter(d -> d.covers(metal)).toList();
        String of = relevant.size() + " suppliers declare " + metal.label() + " in scope; " + notAnswered()
                + " of " + inScope + " not answered validly";
        Map<Integer, ProposedAnswer> answers = new TreeMap<>();
        answers.put(3, sourcing(relevant, metal, 3, of));
        answers.put(4, sourcing(relevant, metal, 4, of));
        long no5 = relevant.stream().filter(d -> !d.says(metal, 5, "Yes") && !d.says(metal, 5, "Unknown")).count();
        if (no5 > 0) {
            answers.put(5, new ProposedAnswer("No", no5 + " of them answered No; " + of));
        } else {
            boolean all = everyoneAnswered() && !relevant.isEmpty() && relevant.stream().allMatch(d -> d.says(metal, 5, "Yes"));
            answers.put(5, new ProposedAnswer(all ? "Yes" : "Unknown", of));
        }
        answers.put(6, new ProposedAnswer(responseBand(), responded + " of " + inScope + " in-scope suppliers sent a CMRT ("
                + SurveyFigures.percent(responded, inScope) + "%)"));
        long unreported = unreportedRows.getOrDefault(metal, 0L);
        long all7 = relevant.stream().filter(d -> d.says(metal, 7, "Yes")).count();
        boolean allIdentified = everyoneAnswered() && all7 == relevant.size() && unreported == 0;
        answers.put(7, new ProposedAnswer(allIdentified ? "Yes" : "No", all7 + " of " + relevant.size()
                + " declare all their " + metal.label() + " smelters identified; " + notAnswered() + " not answered validly; "
                + unreported + " declared " + metal.label().toLowerCase(Locale.ROOT) + " rows not identified yet"));
        answers.put(8, new ProposedAnswer(unreported == 0 ? "Yes" : "No", unreported + " declared "
                + metal.label().toLowerCase(Locale.ROOT) + " rows are under review or not yet identified"));
        return answers;
    }

    /** Q3/Q4: one supplier's "Yes" is ours; "No" needs every supplier's "No". */
    private ProposedAnswer sourcing(List<SupplierDeclaration> relevant, Metal metal, int question, String of) {
        long yes = relevant.stream().filter(d -> d.says(metal, question, "Yes")).count();
        long no = relevant.stream().filter(d -> d.says(metal, question, "No")).count();
        String basis = yes + " answered Yes, " + no + " No; " + of;
        if (yes > 0) {
            return new ProposedAnswer("Yes", basis);
        }
        return new ProposedAnswer(everyoneAnswered() && !relevant.isEmpty() && no == relevant.size() ? "No" : "Unknown", basis);
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
