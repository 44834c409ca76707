package org.mineraldiligence.smelter.importer;

import org.mineraldiligence.tabular.XlsxSheetReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports whatever reference file a compliance officer has: an official CMRT workbook (its Smelter Look-up
 * sheet), an official EMRT workbook (its Smelter Look-up, as a list of extended-mineral refiners that names the
 * EMRT revision), an RMI-style facility list as .xlsx (its first sheet), or one as CSV/TSV.
 */
public final class ReferenceFiles {

    private final FacilityListImporter facilityLists = new FacilityListImporter();
    private final CmrtLookupImporter cmrtLookups = new CmrtLookupImporter();

    public ImportResult importFile(Path file, LocalDate asOf) {
        try {
            return importContent(file.getFileName().toString(), Files.readAllBytes(file), asOf);
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile("cannot read " + file + ": " + e.getMessage()));
        }
    }

    /** A file's content, e.g. an upload; the name's extension tells a workbook (.xlsx) from delimited text. */
    public ImportResult importContent(String fileName, byte[] content, LocalDate asOf) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return facilityLists.importDelimited(
                    new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8), fileName, asOf);
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            Optional<XlsxSheetReader.Sheet> sheet = XlsxSheetReader.read(in, CmrtLookupImporter::isLookupSheet, true);
            if (sheet.isEmpty()) {
                return ImportResult.failure(ImportProblem.ofFile(fileName + " has no sheet"));
            }
            if (!CmrtLookupImporter.isLookupSheet(sheet.get().name())) {
                return facilityLists.importRows(sheet.get().rows(), fileName, asOf);
            }
            EmrtTemplate emrt = EmrtTemplate.of(content);
            if (emrt.isEmrt() && emrt.revision().isEmpty()) {
                return ImportResult.failure(ImportProblem.ofFile(fileName + " is an EMRT whose revision "
                        + "(Declaration!J3) cannot be read; import the look-up of an unaltered RMI EMRT."));
            }
            return emrt.revision()
                    .map(revision -> cmrtLookups.fromRows(sheet.get().rows(),
                            fileName + " (" + CmrtLookupImporter.SHEET + ", EMRT " + revision + ")", asOf, revision))
                    .orElseGet(() -> cmrtLookups.fromRows(sheet.get().rows(),
                            fileName + " (" + CmrtLookupImporter.SHEET + ")", asOf));
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile(fileName + ": " + e.getMessage()));
        }
    }
}
