package org.mineraldiligence.supplier;

import java.math.BigDecimal;

/**
 * A supplier as scoping sees it: who, where, whether direct, and how much we spend with it in which currency
 * (spend null when unknown; country code null when the stored country was never read as one).
 */
public record SupplierForScope(long id, String code, String name, String country, String countryCode,
                               BigDecimal annualSpend, String currency, boolean direct) {

    /** The same supplier with its spend in another currency. */
    public SupplierForScope withSpend(BigDecimal converted, String inCurrency) {
        return new SupplierForScope(id, code, name, country, countryCode, converted, inCurrency, direct);
    }
}
