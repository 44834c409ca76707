package org.mineraldiligence.cycle.scope;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.mineraldiligence.supplier.SupplierForScope;

/**
 * The seed's spend rule: the largest direct suppliers, taken in order of spend, until together they cover at
 * least the target share of all direct spend. Suppliers without spend never count towards it.
 */
final class SpendCoverage {

    private SpendCoverage() {
    }

    record Selection(List<SupplierForScope> chosen, BigDecimal covered, BigDecimal total) {
    }

    static Selection select(List<SupplierForScope> directSuppliers, BigDecimal target) {
        List<SupplierForScope> bySpend = directSuppliers.stream()
                .filter(supplier -> supplier.annualSpend() != null && supplier.annualSpend().signum() > 0)
                // Equal spend: the lower id first, so the same data always gives the same scope.
                .sorted(Comparator.comparing(SupplierForScope::annualSpend).reversed()
                        .thenComparingLong(SupplierForScope::id))
                .toList();
        BigDecimal total = bySpend.stream().map(SupplierForScope::annualSpend).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal needed = total.multiply(Objects.requireNonNull(target));
        List<SupplierForScope> chosen = new ArrayList<>();
        BigDecimal covered = BigDecimal.ZERO;
        for (SupplierForScope supplier : bySpend) {
            if (covered.compareTo(needed) >= 0) {
                break;
            }
            chosen.add(supplier);
            covered = covered.add(supplier.annualSpend());
        }
        return new Selection(chosen, covered, total);
    }
}
