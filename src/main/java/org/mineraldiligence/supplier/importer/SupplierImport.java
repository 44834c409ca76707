package org.mineraldiligence.supplier.importer;

import java.time.Clock;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.mineraldiligence.tabular.SourceRow;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the ERP's supplier export in two steps: the upload is kept and previewed with a proposed column
 * mapping; once the process owner confirms the mapping, every row is checked and only a file without
 * problems is stored, suppliers matched by code (new ones created, known ones updated, contacts replaced
 * when the file lists any). The confirmed mapping is remembered for the next import.
 */
@Service
public class SupplierImport {

    private static final Logger LOG = LoggerFactory.getLogger(SupplierImport.class);
    private static final int LOOKUP_BATCH = 1000;
    static final int PREVIEW_ROWS = 5;
    /** An upload nobody confirmed is dropped after this long. */
    static final Duration UPLOAD_KEPT = Duration.ofDays(1);
    private static final SecureRandom TOKENS = new SecureRandom();

    private final SupplierRepository suppliers;
    private final IdentityService identityService;
    private final ImportMappings mappings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SupplierImport(SupplierRepository suppliers, IdentityService identityService, ImportMappings mappings,
                   JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.suppliers = suppliers;
        this.identityService = identityService;
        this.mappings = mappings;
        this.jdbc = jdbc;
    }

    /** Imports with the columns as the headers name them (no mapping step). */
    @Transactional
    public ImportReport importFile(byte[] content) {
        Optional<List<SourceRow>> rows = readable(content);
        if (rows.isEmpty()) {
            return unreadable();
        }
        return check(new SupplierRows(userExists()).parse(rows.get()));
    }

    /** Keeps the upload and proposes a mapping; an unreadable or empty file is a report instead. */
    @Transactional
    public Staging stage(byte[] content, String fileName, String who) {
        Optional<List<SourceRow>> read = readable(content);
        if (read.isEmpty()) {
            return unreadable();
        }
        List<SourceRow> rows = read.get().stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            return ImportReport.refused(0, List.of(), List.of(new RowProblem(0, "The file is empty.")));
        }
        Instant now = now();
        jdbc.update("DELETE FROM supplier_import_upload WHERE uploaded_at < ?", Timestamp.from(now.minus(UPLOAD_KEPT)));
        String token = HexFormat.of().formatHex(random());
        jdbc.update("INSERT INTO supplier_import_upload (token, uploaded_by, file_name, content, uploaded_at) VALUES (?, ?, ?, ?, ?)",
                token, who, fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 255)), content,
                Timestamp.from(now));
        return preview(token, fileName, rows);
    }

    /** The preview of an upload of this user, again (after a refused mapping). */
    @Transactional(readOnly = true)
    public Optional<ImportPreview> preview(String token, String who) {
        return upload(token, who).map(upload -> preview(token, upload.fileName(),
                readable(upload.content()).orElseThrow().stream().filter(row -> !row.isBlank()).toList()));
    }

    /**
     * Imports an upload through the mapping the process owner confirmed: for each column, our field's key or
     * empty to ignore it. Stored only without problems; the mapping is remembered either way.
     */
    @Transactional
    public ImportReport confirm(String token, List<String> fieldPerColumn, String who) {
        Optional<Upload> upload = upload(token, who);
        if (upload.isEmpty()) {
            return ImportReport.refused(0, List.of(), List.of(new RowProblem(0,
                    "This upload is no longer here (uploads are kept for a day): upload the file again.")));
        }
        List<SourceRow> rows = readable(upload.get().content()).orElseThrow();
        SourceRow header = rows.stream().filter(row -> !row.isBlank()).findFirst().orElseThrow();
        Map<Integer, SupplierColumn> byIndex = new HashMap<>();
        for (int i = 0; i < Math.min(fieldPerColumn.size(), header.cells().size()); i++) {
            String key = fieldPerColumn.get(i) == null ? "" : fieldPerColumn.get(i).strip();
            if (key.isEmpty()) {
                continue;
            }
            try {
                byIndex.put(i, SupplierColumn.valueOf(key));
            } catch (IllegalArgumentException notOurs) {
                return ImportReport.refused(0, List.of(), List.of(new RowProblem(header.line(),
                        "Column " + (i + 1) + " is mapped to a field we do not have.")));
            }
        }
        ColumnMapping mapping = new ColumnMapping(byIndex);
        mappings.remember(header.cells(), mapping, who, now());
        ImportReport report = check(new SupplierRows(userExists()).parse(rows, mapping));
        if (report.stored()) {
            jdbc.update("DELETE FROM supplier_import_upload WHERE token = ?", token);
        }
        return report;
    }

    private ImportPreview preview(String token, String fileName, List<SourceRow> rows) {
        SourceRow header = rows.get(0);
        Map<String, Optional<SupplierColumn>> remembered = mappings.remembered(header.cells());
        List<String> proposed = new ArrayList<>();
        List<String> fromMemory = new ArrayList<>();
        for (String cell : header.cells()) {
            Optional<SupplierColumn> earlier = remembered.get(SupplierColumn.normalise(cell));
            Optional<SupplierColumn> column = earlier != null ? earlier : SupplierColumn.forHeader(cell);
            proposed.add(column.map(Enum::name).orElse(""));
            fromMemory.add(earlier != null ? "remembered" : column.isPresent() ? "recognised" : "");
        }
        int width = header.cells().size();
        List<List<String>> first = rows.subList(1, Math.min(rows.size(), PREVIEW_ROWS + 1)).stream()
                .map(row -> java.util.stream.IntStream.range(0, width).mapToObj(row::cell).toList()).toList();
        return new ImportPreview(token, fileName, header.cells(), first, proposed, fromMemory);
    }

    private record Upload(String fileName, byte[] content) {
    }

    private Optional<Upload> upload(String token, String who) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return jdbc.query("SELECT file_name, content FROM supplier_import_upload WHERE token = ? AND uploaded_by = ? AND uploaded_at >= ?",
                (rs, n) -> new Upload(rs.getString(1), rs.getBytes(2)), token, who,
                Timestamp.from(now().minus(UPLOAD_KEPT))).stream().findFirst();
    }

    private ImportReport check(SupplierRows.Parsed parsed) {
        if (!parsed.problems().isEmpty()) {
            return ImportReport.refused(parsed.rows(), parsed.ignoredColumns(), parsed.problems());
        }
        return store(parsed);
    }

    /** Asks Camunda once per user id and import, however many rows name the user. */
    private Predicate<String> userExists() {
        Map<String, Boolean> known = new HashMap<>();
        return user -> known.computeIfAbsent(user, id -> identityService.createUserQuery().userId(id).count() > 0);
    }

    private static Optional<List<SourceRow>> readable(byte[] content) {
        try {
            return Optional.of(SupplierFile.rows(content));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static ImportReport unreadable() {
        return ImportReport.refused(0, List.of(), List.of(new RowProblem(0,
                "The file cannot be read as CSV or .xlsx: save the ERP export as CSV (UTF-8) or an Excel workbook.")));
    }

    private ImportReport store(SupplierRows.Parsed parsed) {
        Map<String, Supplier> existing = existing(parsed.suppliers().stream().map(ImportedSupplier::code).toList());
        int created = 0;
        int contacts = 0;
        for (ImportedSupplier imported : parsed.suppliers()) {
            Supplier supplier = existing.get(imported.code());
            if (supplier == null) {
                supplier = new Supplier(imported.code(), imported.name(), imported.country());
                created++;
            }
            supplier.update(imported.over(supplier.details()));
            if (imported.country() != null) {
                supplier.moveTo(imported.country());
            }
            if (!imported.contacts().isEmpty()) {
                supplier.replaceContacts(imported.contacts());
                contacts += imported.contacts().size();
            }
            suppliers.save(supplier);
        }
        int updated = parsed.suppliers().size() - created;
        LOG.info("Supplier import: {} rows, {} suppliers created, {} updated", parsed.rows(), created, updated);
        return new ImportReport(parsed.rows(), created, updated, contacts, parsed.ignoredColumns(), List.of());
    }

    private Map<String, Supplier> existing(List<String> codes) {
        Map<String, Supplier> found = new HashMap<>();
        for (int from = 0; from < codes.size(); from += LOOKUP_BATCH) {
            List<String> batch = codes.subList(from, Math.min(codes.size(), from + LOOKUP_BATCH));
            found.putAll(suppliers.findByCodeIn(batch).stream()
                    .collect(Collectors.toMap(Supplier::getCode, Function.identity())));
        }
        return found;
    }

    private static byte[] random() {
        byte[] bytes = new byte[16];
        TOKENS.nextBytes(bytes);
        return bytes;
    }

    private Instant now() {
        return clock.instant();
    }
}
