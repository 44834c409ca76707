package org.mineraldiligence.supplier.importer;

/** What an upload leads to: a preview waiting for its mapping, or a report when the file cannot be read. */
public sealed interface Staging permits ImportPreview, ImportReport {
}
