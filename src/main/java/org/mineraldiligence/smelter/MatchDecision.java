package org.mineraldiligence.smelter;

/** What happens to a declared row: every row ends in exactly one of these. */
public enum MatchDecision {
    /** Tied to one reference smelter with enough confidence to use without a person. */
    MATCHED,
    /** Doubtful or unknown: a compliance officer confirms a candidate or marks it "not a smelter". */
    REVIEW,
    /** The supplier wrote "Smelter not yet identified": counted, not matched. */
    NOT_YET_IDENTIFIED,
    /** Settled in review: a compliance officer found the row names no smelter. The matcher never decides it. */
    NOT_A_SMELTER
}
