package org.mineraldiligence.smelter;

/**
 * A reference smelter a declared name resembles, with the similarity score that ranked it and the rule that
 * found it (FUZZY for a similar name; ACRONYM, SHORT_NAME … when a rule pointed at it but was not sure enough).
 */
public record MatchCandidate(String smelterId, String standardName, String country, String matchedName,
                             double score, MatchMethod rule) {

    public MatchCandidate(String smelterId, String standardName, String country, String matchedName, double score) {
        this(smelterId, standardName, country, matchedName, score, MatchMethod.FUZZY);
    }
}
