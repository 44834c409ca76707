package org.mineraldiligence.supplier.importer;

/** What is wrong with a line of the file (0 for the file as a whole), in words a person can act on. */
public record RowProblem(int line, String message) {
}
