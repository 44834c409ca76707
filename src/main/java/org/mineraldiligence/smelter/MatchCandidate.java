package org.mineraldiligence.smelter;

/** A reference smelter a declared name resembles, with the similarity score that ranked it. */
public record MatchCandidate(String smelterId, String standardName, String country, String matchedName,
                             double score) {
}
