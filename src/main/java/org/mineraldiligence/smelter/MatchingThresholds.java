package org.mineraldiligence.smelter;

/**
 * When a fuzzy match is trusted. Chosen so that no evaluated variant was matched to a wrong smelter (see
 * SmelterMatchingAccuracyTest); raising {@code accept} sends more rows to review, lowering it risks wrong ones.
 *
 * @param accept       lowest similarity accepted without a person
 * @param margin       how far the best smelter must lead the next different smelter, so near-ties go to review
 * @param candidateFloor lowest similarity still shown as a candidate in review
 * @param maxCandidates  how many candidates review shows
 */
public record MatchingThresholds(double accept, double margin, double candidateFloor, int maxCandidates) {

    public static final MatchingThresholds DEFAULT = new MatchingThresholds(0.85, 0.05, 0.50, 5);

    public MatchingThresholds {
        if (accept <= 0 || accept > 1 || margin < 0 || candidateFloor < 0 || candidateFloor > accept
                || maxCandidates < 1) {
            throw new IllegalArgumentException("inconsistent thresholds");
        }
    }
}
