package org.mineraldiligence.smelter.review;

import java.util.List;

import org.mineraldiligence.smelter.MatchCandidate;

/** A row in review and the reference smelters its declared name most resembles, best first. */
public record ReviewItem(ReviewRow context, List<MatchCandidate> candidates) {
}
