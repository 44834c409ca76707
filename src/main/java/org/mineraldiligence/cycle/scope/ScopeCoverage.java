package org.mineraldiligence.cycle.scope;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A cycle's scope against its direct spend, as the scope page and the Confirm scope task show it. */
public record ScopeCoverage(long suppliers, BigDecimal spendCovered, BigDecimal directSpendTotal,
                            BigDecimal target) {

    /** Covered share of direct spend, 0 to 1; 1 when there is no direct spend to cover. */
    public BigDecimal share() {
        return directSpendTotal == null || directSpendTotal.signum() == 0 ? BigDecimal.ONE
                : spendCovered.divide(directSpendTotal, 6, RoundingMode.DOWN);
    }

    /** E.g. "99.3 %", rounded down so that a coverage just short of the target never reads as reaching it. */
    public String sharePercent() {
        return share().movePointRight(2).setScale(1, RoundingMode.DOWN).toPlainString() + " %";
    }

    public String targetPercent() {
        return target == null ? "" : target.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    public boolean reachesTarget() {
        return target == null || share().compareTo(target) >= 0;
    }
}
