package org.mineraldiligence.supplier.importer;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.mineraldiligence.tabular.SourceRow;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the ERP's supplier export: every row is checked first, and only a file without problems is stored,
 * suppliers matched by code (new ones created, known ones updated, contacts replaced when the file lists any).
 */
@Service
public class SupplierImport {

    private static final Logger LOG = LoggerFactory.getLogger(SupplierImport.class);
    private static final int LOOKUP_BATCH = 1000;

    private final SupplierRepository suppliers;
    private final IdentityService identityService;

    SupplierImport(SupplierRepository suppliers, IdentityService identityService) {
        this.suppliers = suppliers;
        this.identityService = identityService;
    }

    @Transactional
    public ImportReport importFile(byte[] content) {
        List<SourceRow> rows;
        try {
            rows = SupplierFile.rows(content);
        } catch (IOException unreadable) {
            return ImportReport.refused(0, List.of(), List.of(new RowProblem(0,
                    "The file cannot be read as CSV or .xlsx: save the ERP export as CSV (UTF-8) or an Excel workbook.")));
        }
        Map<String, Boolean> knownUsers = new HashMap<>();
        SupplierRows.Parsed parsed = new SupplierRows(user -> knownUsers.computeIfAbsent(user,
                id -> identityService.createUserQuery().userId(id).count() > 0)).parse(rows);
        if (!parsed.problems().isEmpty()) {
            return ImportReport.refused(parsed.rows(), parsed.ignoredColumns(), parsed.problems());
        }
        return store(parsed);
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
}
