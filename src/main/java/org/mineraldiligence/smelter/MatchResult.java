package org.mineraldiligence.smelter;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of matching one declared smelter.
 *
 * @param smelterId    the matched reference smelter id, empty unless {@code decision} is MATCHED
 * @param confidence   1.0 for id and alias matches, the similarity score for fuzzy ones, the best candidate's
 *                     score for rows sent to review, 0 when nothing resembles the name
 * @param candidates   best reference smelters of the declared metal, best first (for the review queue)
 * @param findings     remarks for the supplier or the officer, e.g. an id that belongs to another metal
 */
public record MatchResult(DeclaredSmelter declared, String smelterId, String standardName, MatchMethod method,
                          double confidence, MatchDecision decision, List<MatchCandidate> candidates,
                          List<String> findings) {

    public MatchResult {
        candidates = List.copyOf(candidates);
        findings = List.copyOf(findings);
        smelterId = smelterId == null ? "" : smelterId;
        standardName = standardName == null ? "" : standardName;
    }

    static MatchResult matched(DeclaredSmelter declared, ReferenceSmelter smelter, MatchMethod method,
                               double confidence, List<MatchCandidate> candidates, List<String> findings) {
        return new MatchResult(declared, smelter.smelterId(), smelter.standardName(), method, confidence,
                MatchDecision.MATCHED, candidates, findings);
    }

    static MatchResult review(DeclaredSmelter declared, List<MatchCandidate> candidates, List<String> findings) {
        double best = candidates.isEmpty() ? 0.0 : candidates.get(0).score();
        return new MatchResult(declared, "", "", MatchMethod.NONE, best, MatchDecision.REVIEW, candidates,
                findings);
    }

    static MatchResult notYetIdentified(DeclaredSmelter declared) {
        return new MatchResult(declared, "", "", MatchMethod.NONE, 0.0, MatchDecision.NOT_YET_IDENTIFIED,
                List.of(), List.of());
    }

    public boolean isMatched() {
        return decision == MatchDecision.MATCHED;
    }

    public Optional<String> matchedId() {
        return isMatched() ? Optional.of(smelterId) : Optional.empty();
    }
}
