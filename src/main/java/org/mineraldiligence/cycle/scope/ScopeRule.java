package org.mineraldiligence.cycle.scope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mineraldiligence.supplier.SupplierForScope;

/**
 * The seed's scope rule: the direct suppliers that together cover the target share (99 %) of direct spend,
 * plus every direct supplier in an unfree country (Heritage 2016), plus every direct supplier in a Covered
 * Country. Spend is compared in the reporting currency; while a currency has no rate nothing is decided.
 */
final class ScopeRule {

    /** Why a supplier is in or out, with its spend as given and as converted. */
    record Decision(SupplierForScope supplier, boolean included, ScopeEntry.Basis basis, String reason,
                    BigDecimal convertedSpend) {
    }

    sealed interface Outcome permits Decided, MissingRates {
    }

    record Decided(List<Decision> decisions, BigDecimal directSpendTotal) implements Outcome {
    }

    /** Currencies without a rate and the codes of the suppliers whose spend is in them. */
    record MissingRates(Map<String, List<String>> suppliersByCurrency) implements Outcome {

        String message() {
            StringBuilder text = new StringBuilder("Coverage cannot be computed until every currency has an exchange rate: ");
            List<String> parts = new ArrayList<>();
            suppliersByCurrency.forEach((currency, codes) -> parts.add(currency + " has no rate (spend of "
                    + String.join(", ", codes.subList(0, Math.min(codes.size(), 10)))
                    + (codes.size() > 10 ? " and " + (codes.size() - 10) + " more" : "") + ")"));
            return text.append(String.join("; ", parts)).append(".").toString();
        }
    }

    private final BigDecimal target;
    private final String reportingCurrency;
    private final Map<String, BigDecimal> rates;
    private final CountryList unfree;
    private final CountryList covered;

    ScopeRule(BigDecimal target, String reportingCurrency, Map<String, BigDecimal> rates, CountryList unfree,
              CountryList covered) {
        this.target = target;
        this.reportingCurrency = reportingCurrency;
        this.rates = rates;
        this.unfree = unfree;
        this.covered = covered;
    }

    Outcome decide(List<SupplierForScope> suppliers) {
        Map<String, List<String>> missing = new TreeMap<>();
        List<SupplierForScope> direct = new ArrayList<>();
        for (SupplierForScope supplier : suppliers) {
            if (!supplier.direct()) {
                continue;
            }
            if (hasSpend(supplier) && rate(supplier.currency()) == null) {
                missing.computeIfAbsent(supplier.currency(), currency -> new ArrayList<>()).add(supplier.code());
                continue;
            }
            direct.add(converted(supplier));
        }
        if (!missing.isEmpty()) {
            return new MissingRates(missing);
        }
        SpendCoverage.Selection bySpend = SpendCoverage.select(direct, target);
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, BigDecimal> cumulative = new HashMap<>();
        BigDecimal running = BigDecimal.ZERO;
        for (SupplierForScope chosen : bySpend.chosen()) {
            running = running.add(chosen.annualSpend());
            rank.put(chosen.id(), rank.size() + 1);
            cumulative.put(chosen.id(), running);
        }
        Map<Long, SupplierForScope> convertedById = new LinkedHashMap<>();
        direct.forEach(supplier -> convertedById.put(supplier.id(), supplier));
        List<Decision> decisions = new ArrayList<>();
        for (SupplierForScope supplier : suppliers) {
            SupplierForScope inReporting = convertedById.get(supplier.id());
            decisions.add(inReporting == null ? indirect(supplier)
                    : direct(supplier, inReporting, rank.get(supplier.id()), cumulative.get(supplier.id()), bySpend.total()));
        }
        return new Decided(decisions, bySpend.total());
    }

    private Decision direct(SupplierForScope given, SupplierForScope inReporting, Integer spendRank,
                            BigDecimal cumulative, BigDecimal total) {
        List<String> why = new ArrayList<>();
        ScopeEntry.Basis basis = null;
        if (spendRank != null) {
            basis = ScopeEntry.Basis.SPEND_COVERAGE;
            why.add("Rank " + spendRank + " by direct spend: with the larger ones it brings coverage to "
                    + percent(cumulative, total) + " (target " + percent(target) + ")");
        }
        String code = given.countryCode();
        if (covered.contains(code)) {
            basis = basis == null ? ScopeEntry.Basis.COVERED_COUNTRY : basis;
            why.add("In " + given.country() + ", a Covered Country (the DRC or a country adjoining it)");
        }
        if (unfree.contains(code)) {
            basis = basis == null ? ScopeEntry.Basis.UNFREE_COUNTRY : basis;
            why.add("In " + given.country() + ", rated unfree (Mostly Unfree or Repressed) by the Heritage"
                    + " Foundation's 2016 Index of Economic Freedom");
        }
        if (basis != null) {
            return new Decision(given, true, basis, String.join("; ", why), inReporting.annualSpend());
        }
        return new Decision(given, false, ScopeEntry.Basis.LEFT_OUT, whyNot(given, inReporting, total),
                inReporting.annualSpend());
    }

    private String whyNot(SupplierForScope given, SupplierForScope inReporting, BigDecimal total) {
        String spend = hasSpend(given)
                ? "Its direct spend (" + percent(inReporting.annualSpend(), total) + " of all) is below the "
                        + percent(target) + " line"
                : "No direct spend recorded";
        String country;
        if (given.countryCode() != null) {
            country = given.country() + " is neither a Covered Country nor rated unfree";
        } else if (given.country() != null) {
            country = "its country \"" + given.country() + "\" is not one we know: correct it on the supplier page";
        } else {
            country = "no country recorded: enter it on the supplier page";
        }
        return spend + "; " + country;
    }

    private static Decision indirect(SupplierForScope supplier) {
        return new Decision(supplier, false, ScopeEntry.Basis.LEFT_OUT,
                "Indirect supplier: the RCOI surveys direct suppliers", null);
    }

    private SupplierForScope converted(SupplierForScope supplier) {
        if (!hasSpend(supplier)) {
            return supplier.withSpend(null, reportingCurrency);
        }
        BigDecimal rate = rate(supplier.currency());
        return supplier.withSpend(supplier.annualSpend().multiply(rate).setScale(2, RoundingMode.HALF_UP),
                reportingCurrency);
    }

    /** Spend without a currency is taken to be in the reporting currency. */
    private BigDecimal rate(String currency) {
        return currency == null || currency.equals(reportingCurrency) ? BigDecimal.ONE : rates.get(currency);
    }

    private static boolean hasSpend(SupplierForScope supplier) {
        return supplier.annualSpend() != null && supplier.annualSpend().signum() > 0;
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? "0 %"
                : percent(part.divide(whole, 6, RoundingMode.DOWN));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " %";
    }
}
