package org.mineraldiligence.cycle.scope;

import java.math.BigDecimal;

/** How many suppliers a cycle surveys and how much direct spend they stand for. */
public record ScopeSummary(long suppliers, BigDecimal spendCovered) {

    public ScopeSummary {
        spendCovered = spendCovered == null ? BigDecimal.ZERO : spendCovered;
    }
}
