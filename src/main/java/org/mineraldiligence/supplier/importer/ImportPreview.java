package org.mineraldiligence.supplier.importer;

import java.util.List;

/**
 * An uploaded export waiting for its column mapping: the header, the first rows, and for each column the
 * field we propose (remembered from the last import, or recognised from the header; null: ignore).
 */
public record ImportPreview(String token, String fileName, List<String> headers, List<List<String>> firstRows,
                            List<String> proposed, List<String> remembered) implements Staging {

    /** Our fields as the mapping step offers them: key, label, and the header spellings recognised for it. */
    public record Field(String key, String label, boolean required, List<String> spellings) {
    }

    public static List<Field> fields() {
        return java.util.Arrays.stream(SupplierColumn.values())
                .map(column -> new Field(column.name(), column.label(), column.required(), column.spellings())).toList();
    }
}
