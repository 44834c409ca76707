package org.mineraldiligence.supplier.importer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mapping confirmed at the last import, header by header, so that the next export from the same ERP
 * arrives mapped. A header mapped to nothing is remembered as ignored.
 */
@Component
class ImportMappings {

    static final String IGNORED = "IGNORE";

    private final JdbcTemplate jdbc;

    ImportMappings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For a header: the field it was mapped to (empty optional inside: it was ignored), or nothing if never seen. */
    Map<String, Optional<SupplierColumn>> remembered(List<String> headers) {
        Map<String, Optional<SupplierColumn>> found = new HashMap<>();
        for (String header : headers) {
            String key = SupplierColumn.normalise(header);
            if (key.isEmpty()) {
                continue;
            }
            jdbc.queryForList("SELECT field FROM supplier_import_mapping WHERE header_key = ?", String.class, key)
                    .stream().findFirst().ifPresent(field -> found.put(key, IGNORED.equals(field) ? Optional.empty()
                            : Optional.of(SupplierColumn.valueOf(field))));
        }
        return found;
    }

    void remember(List<String> headers, ColumnMapping mapping, String who, Instant when) {
        for (int i = 0; i < headers.size(); i++) {
            String key = SupplierColumn.normalise(headers.get(i));
            if (key.isEmpty() || key.length() > 200) {
                continue;
            }
            SupplierColumn column = mapping.byIndex().get(i);
            jdbc.update("DELETE FROM supplier_import_mapping WHERE header_key = ?", key);
            jdbc.update("INSERT INTO supplier_import_mapping (header_key, field, decided_by, decided_at) VALUES (?, ?, ?, ?)",
                    key, column == null ? IGNORED : column.name(), who, Timestamp.from(when));
        }
    }
}
