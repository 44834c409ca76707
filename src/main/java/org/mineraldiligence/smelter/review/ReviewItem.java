package org.mineraldiligence.smelter.review;

import java.util.List;

import org.mineraldiligence.smelter.MatchCandidate;

/**
 * A row in review, the reference smelters it most resembles (best first, the one a matching rule pointed at before
 * the merely similar ones, each with the rule that found it) and why the matcher did not settle it.
 */
public record ReviewItem(ReviewRow context, List<MatchCandidate> candidates, List<String> findings) {

    /** The candidate the review page preselects, if any. */
    public MatchCandidate suggested() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
