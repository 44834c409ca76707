package org.mineraldiligence.cycle.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.supplier.SupplierForScope;

class SpendCoverageTest {

    static final BigDecimal TARGET = new BigDecimal("0.99");

    @Test
    void picksTheLargestSuppliersUntilTheyCoverTheTargetShareAndNoMore() {
        // A long-tailed spend distribution, as real supply bases have: few large suppliers, many small ones.
        Random random = new Random(42);
        List<SupplierForScope> suppliers = new ArrayList<>();
        for (long id = 1; id <= 2000; id++) {
            long spend = (long) (1_000_000 / Math.pow(id, 1.2)) + random.nextInt(100);
            suppliers.add(new SupplierForScope(id, "S" + id, "Name", "Germany", null, BigDecimal.valueOf(spend), "USD", true));
        }
        Collections.shuffle(suppliers, random);

        SpendCoverage.Selection selection = SpendCoverage.select(suppliers, TARGET);

        List<SupplierForScope> bySpend = suppliers.stream()
                .sorted(Comparator.comparing(SupplierForScope::annualSpend).reversed()
                        .thenComparingLong(SupplierForScope::id)).toList();
        BigDecimal total = bySpend.stream().map(SupplierForScope::annualSpend).reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = selection.chosen().size();
        assertThat(selection.chosen()).containsExactlyElementsOf(bySpend.subList(0, n));
        assertThat(selection.covered()).isGreaterThanOrEqualTo(total.multiply(TARGET));
        BigDecimal withoutLast = selection.covered().subtract(selection.chosen().get(n - 1).annualSpend());
        assertThat(withoutLast).as("one supplier fewer would not reach the target").isLessThan(total.multiply(TARGET));
        assertThat(n).isBetween(100, 1999);
        assertThat(selection.total()).isEqualByComparingTo(total);
    }

    @Test
    void suppliersWithoutSpendAreNeverChosenBySpend() {
        List<SupplierForScope> suppliers = List.of(
                new SupplierForScope(1, "A", "Name", "X", null, new BigDecimal("990"), "USD", true),
                new SupplierForScope(2, "B", "Name", "X", null, new BigDecimal("10"), "USD", true),
                new SupplierForScope(3, "C", "Name", "X", null, null, "USD", true),
                new SupplierForScope(4, "D", "Name", "X", null, BigDecimal.ZERO, "USD", true));

        assertThat(SpendCoverage.select(suppliers, TARGET).chosen()).extracting(SupplierForScope::code)
                .containsExactly("A");
        assertThat(SpendCoverage.select(suppliers, BigDecimal.ONE).chosen()).extracting(SupplierForScope::code)
                .containsExactly("A", "B");
    }
}
