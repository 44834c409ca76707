package org.mineraldiligence.smelter.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports whatever reference file a compliance officer has: an official CMRT workbook (its Smelter Look-up
 * sheet), an RMI-style facility list as .xlsx (its first sheet), or one as CSV/TSV.
 */
public final class ReferenceFiles {

    private final FacilityListImporter facilityLists = new FacilityListImporter();
    private final CmrtLookupImporter cmrtLookups = new CmrtLookupImporter();

    public ImportResult importFile(Path file, LocalDate asOf) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return facilityLists.importFile(file, asOf);
        }
        String source = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            Optional<XlsxSheetReader.Sheet> sheet = XlsxSheetReader.read(in, CmrtLookupImporter::isLookupSheet, true);
            if (sheet.isEmpty()) {
                return ImportResult.failure(ImportProblem.ofFile(source + " has no sheet"));
            }
            return CmrtLookupImporter.isLookupSheet(sheet.get().name())
                    ? cmrtLookups.fromRows(sheet.get().rows(), source + " (" + CmrtLookupImporter.SHEET + ")", asOf)
                    : facilityLists.importRows(sheet.get().rows(), source, asOf);
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile("cannot read " + file + ": " + e.getMessage()));
        }
    }
}
