package org.mineraldiligence.cmrt;

/** One Product List row. */
public record ProductRow(int row, String number, String name, String comments) {
}
