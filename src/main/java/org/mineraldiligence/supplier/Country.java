package org.mineraldiligence.supplier;

/** A country as ISO 3166-1 names it: its alpha-2 code (CD) and the English short name we show. */
public record Country(String code, String name) {
}
