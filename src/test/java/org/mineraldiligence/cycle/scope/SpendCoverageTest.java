package org.mineraldiligence.cycle.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.supplier.DirectSupplier;

class SpendCoverageTest {

    static final BigDecimal TARGET = new BigDecimal("0.99");

    @Test
    void picksTheLargestSuppliersUntilTheyCoverTheTargetShareAndNoMore() {
        // A long-tailed spend distribution, as real supply bases have: few large suppliers, many small ones.
        Random random = new Random(42);
        List<DirectSupplier> suppliers = new ArrayList<>();
        for (long id = 1; id <= 2000; id++) {
            long spend = (long) (1_000_000 / Math.pow(id, 1.2)) + random.nextInt(100);
            suppliers.add(new DirectSupplier(id, "S" + id, "Germany", BigDecimal.valueOf(spend)));
        }
        Collections.shuffle(suppliers, random);

        SpendCoverage.Selection selection = SpendCoverage.select(suppliers, TARGET);

        List<DirectSupplier> bySpend = suppliers.stream()
                .sorted(Comparator.comparing(DirectSupplier::annualSpend).reversed()
                        .thenComparingLong(DirectSupplier::id)).toList();
        BigDecimal total = bySpend.stream().map(DirectSupplier::annualSpend).reduce(BigDecimal.ZERO, BigDecimal::add);
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
        List<DirectSupplier> suppliers = List.of(
                new DirectSupplier(1, "A", "X", new BigDecimal("990")),
                new DirectSupplier(2, "B", "X", new BigDecimal("10")),
                new DirectSupplier(3, "C", "X", null),
                new DirectSupplier(4, "D", "X", BigDecimal.ZERO));

        assertThat(SpendCoverage.select(suppliers, TARGET).chosen()).extracting(DirectSupplier::code)
                .containsExactly("A");
        assertThat(SpendCoverage.select(suppliers, BigDecimal.ONE).chosen()).extracting(DirectSupplier::code)
                .containsExactly("A", "B");
    }
}
