package org.mineraldiligence.smelter.importer;

import org.mineraldiligence.tabular.SourceRow;

import org.mineraldiligence.tabular.XlsxSheetReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Mineral;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.smelter.SmelterStatus;

/**
 * Imports the Smelter Look-up sheet of an official CMRT workbook (CMRT-FORMAT §7): one row per name a smelter
 * is known by, column A metal, B look-up name, C standard name, D country, E smelter id, data from row 5.
 * The sheet has no audit status, so every smelter gets {@code UNKNOWN} as of the date the caller gives.
 * <p>
 * An EMRT's Smelter Look-up has the same columns (EMRT-FORMAT §7) with the extended minerals in column A; read
 * with its revision, it becomes a list of refiners, and a row naming a 3TG metal (or anything else) refuses the
 * file rather than letting a tin smelter into an EMRT list. It carries no RMI status either: the refiners' status
 * is not stated ({@code UNKNOWN}), never assumed conformant.
 */
public final class CmrtLookupImporter {

    static final String SHEET = "Smelter Look-up";
    private static final int FIRST_DATA_ROW = 5;
    private static final int METAL = 0;
    private static final int LOOKUP_NAME = 1;
    private static final int STANDARD_NAME = 2;
    private static final int COUNTRY = 3;
    private static final int SMELTER_ID = 4;

    public ImportResult importFile(Path workbook, LocalDate asOf) {
        try (InputStream in = Files.newInputStream(workbook)) {
            return importWorkbook(in, workbook.getFileName().toString(), asOf);
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile("cannot read " + workbook + ": " + e.getMessage()));
        }
    }

    public ImportResult importWorkbook(InputStream xlsx, String source, LocalDate asOf) {
        Optional<List<SourceRow>> rows;
        try {
            rows = XlsxSheetReader.read(xlsx, CmrtLookupImporter::isLookupSheet);
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile(source + ": " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            return ImportResult.failure(ImportProblem.ofFile(source + " has no '" + SHEET + "' sheet"));
        }
        return fromRows(rows.get(), source + " (" + SHEET + ")", asOf);
    }

    static boolean isLookupSheet(String sheetName) {
        return sheetName.strip().equalsIgnoreCase(SHEET);
    }

    ImportResult fromRows(List<SourceRow> rows, String source, LocalDate asOf) {
        return fromRows(rows, source, asOf, null);
    }

    /** @param emrtRevision the EMRT revision the look-up belongs to, null for a CMRT's */
    ImportResult fromRows(List<SourceRow> rows, String source, LocalDate asOf, String emrtRevision) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Accumulator> byId = new LinkedHashMap<>();
        for (SourceRow row : rows) {
            if (row.line() < FIRST_DATA_ROW || row.isBlank() || isPseudoRow(row)) {
                continue;
            }
            Optional<Mineral> metal = emrtRevision == null ? Metal.parse(row.cell(METAL)).map(Mineral.class::cast)
                    : Optional.ofNullable(ExtendedMineral.fromText(row.cell(METAL)));
            Optional<String> id = SmelterIds.normalise(row.cell(SMELTER_ID));
            if (metal.isEmpty()) {
                problems.add(new ImportProblem(row.line(), emrtRevision == null
                        ? "unknown metal '" + row.cell(METAL) + "'"
                        : "'" + row.cell(METAL) + "' is none of the EMRT minerals (Cobalt, Copper, Graphite, Lithium, "
                                + "Mica, Nickel)"));
            }
            if (id.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "smelter id '" + row.cell(SMELTER_ID) + "' is not a CID"));
            }
            if (row.cell(STANDARD_NAME).isEmpty()) {
                problems.add(new ImportProblem(row.line(), "standard smelter name missing"));
            }
            if (metal.isEmpty() || id.isEmpty() || row.cell(STANDARD_NAME).isEmpty()) {
                continue;
            }
            Accumulator smelter = byId.computeIfAbsent(id.get(),
                    k -> new Accumulator(row.line(), metal.get(), row.cell(STANDARD_NAME), row.cell(COUNTRY)));
            smelter.add(row, metal.get()).ifPresent(problems::add);
        }
        if (byId.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(source + ": no smelters from row " + FIRST_DATA_ROW));
        }
        if (!problems.isEmpty()) {
            return ImportResult.failure(problems);
        }
        List<ReferenceSmelter> smelters = new ArrayList<>();
        byId.forEach((id, acc) -> smelters.add(acc.metal instanceof ExtendedMineral mineral
                ? ReferenceSmelter.ofExtended(id, mineral, acc.standardName, acc.country, List.copyOf(acc.aliases),
                        SmelterStatus.unknown(asOf))
                : new ReferenceSmelter(id, (Metal) acc.metal, acc.standardName, acc.country,
                        List.copyOf(acc.aliases), SmelterStatus.unknown(asOf), null, null, null)));
        return ImportResult.success(new ReferenceList(source, asOf, emrtRevision, smelters));
    }

    /** "Smelter not listed" and "Smelter not yet identified" close each metal's block; they are no smelter. */
    private static boolean isPseudoRow(SourceRow row) {
        String name = row.cell(LOOKUP_NAME).toLowerCase(Locale.ROOT);
        return row.cell(SMELTER_ID).isEmpty()
                && (name.equals("smelter not listed") || name.equals("smelter not yet identified"));
    }

    /** The rows of one smelter id: the first row fixes metal, name and country; the others add aliases. */
    private static final class Accumulator {
        final int firstLine;
        final Mineral metal;
        final String standardName;
        final String country;
        final Set<String> aliases = new LinkedHashSet<>();

        Accumulator(int firstLine, Mineral metal, String standardName, String country) {
            this.firstLine = firstLine;
            this.metal = metal;
            this.standardName = standardName;
            this.country = country;
        }

        Optional<ImportProblem> add(SourceRow row, Mineral rowMetal) {
            if (rowMetal != metal) {
                return Optional.of(new ImportProblem(row.line(), row.cell(SMELTER_ID) + " is " + rowMetal.label()
                        + " here but " + metal.label() + " on line " + firstLine));
            }
            if (!row.cell(STANDARD_NAME).equals(standardName)) {
                return Optional.of(new ImportProblem(row.line(), row.cell(SMELTER_ID) + " is named '"
                        + row.cell(STANDARD_NAME) + "' here but '" + standardName + "' on line " + firstLine));
            }
            String alias = row.cell(LOOKUP_NAME);
            if (!alias.isEmpty() && !alias.equals(standardName)) {
                aliases.add(alias);
            }
            return Optional.empty();
        }
    }
}
