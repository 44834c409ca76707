package org.mineraldiligence.supplier.importer;

import java.math.BigDecimal;
import java.util.List;

import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.supplier.Country;
import org.mineraldiligence.supplier.SupplierDetails;

/**
 * One supplier as the file describes it, from one or more rows (one per contact). A null field was not
 * given (absent column or empty cell) and leaves the stored value as it is.
 */
record ImportedSupplier(String code, String name, Country country, String commodity, String commodityManager,
                        BigDecimal annualSpend, String currency, Boolean direct, List<ContactDetails> contacts) {

    /** The stored details with what this file gives laid over them (the country is set apart). */
    SupplierDetails over(SupplierDetails stored) {
        return new SupplierDetails(name,
                country != null ? country : stored.country(),
                commodity != null ? commodity : stored.commodity(),
                commodityManager != null ? commodityManager : stored.commodityManager(),
                annualSpend != null ? annualSpend : stored.annualSpend(),
                currency != null ? currency : stored.currency(),
                direct != null ? direct : stored.direct());
    }
}
