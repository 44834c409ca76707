package org.mineraldiligence.supplier;

import java.math.BigDecimal;

/** A direct supplier as scoping sees it: who, where, and how much we spend with it (null when unknown). */
public record DirectSupplier(long id, String code, String country, BigDecimal annualSpend) {
}
