package org.mineraldiligence.supplier;

import java.math.BigDecimal;

/** A supplier's master data apart from its code and contacts, as an import row or the edit form gives it. */
public record SupplierDetails(String name, Country country, String commodity, String commodityManager,
                              BigDecimal annualSpend, String currency, boolean direct) {
}
