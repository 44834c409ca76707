package org.mineraldiligence.smelter.importer;

import org.mineraldiligence.tabular.SourceRow;

import org.mineraldiligence.tabular.XlsxSheetReader;

import org.mineraldiligence.tabular.DelimitedText;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.smelter.SmelterStatus;

/**
 * Imports an RMI-style facility list (metal, smelter name, country, smelter id, status, and optionally last
 * audit date, audit cycle, aliases, sourcing from covered countries) from CSV, TSV or the first sheet of an
 * .xlsx file. Columns are found by their header in any order; the header may follow a few title rows.
 */
public final class FacilityListImporter {

    /** RMI exports put a title and a date above the header; look this far down for it. */
    private static final int HEADER_SEARCH_ROWS = 20;

    /** By file extension: .xlsx is a workbook, anything else is delimited text (comma, semicolon or tab). */
    public ImportResult importFile(Path file, LocalDate asOf) {
        String source = file.getFileName().toString();
        try {
            if (source.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return importXlsx(in, source, asOf);
                }
            }
            return importDelimited(Files.newBufferedReader(file, StandardCharsets.UTF_8), source, asOf);
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile("cannot read " + file + ": " + e.getMessage()));
        }
    }

    public ImportResult importXlsx(InputStream xlsx, String source, LocalDate asOf) {
        try {
            Optional<List<SourceRow>> rows = XlsxSheetReader.read(xlsx, name -> true);
            return rows.map(r -> importRows(r, source, asOf))
                    .orElseGet(() -> ImportResult.failure(ImportProblem.ofFile(source + " has no sheet")));
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile(source + ": " + e.getMessage()));
        }
    }

    /** Comma, semicolon or tab separated, chosen by whichever occurs most in the first line. */
    public ImportResult importDelimited(Reader text, String source, LocalDate asOf) {
        try (Reader in = text) {
            StringWriter content = new StringWriter();
            in.transferTo(content);
            return importRows(DelimitedText.rows(content.toString()), source, asOf);
        } catch (IOException e) {
            return ImportResult.failure(ImportProblem.ofFile(source + ": " + e.getMessage()));
        }
    }

    ImportResult importRows(List<SourceRow> rows, String source, LocalDate asOf) {
        Optional<Header> header = findHeader(rows);
        if (header.isEmpty()) {
            return ImportResult.failure(ImportProblem.ofFile(source + ": no header row naming "
                    + FacilityColumn.REQUIRED.stream().map(FacilityColumn::label).collect(Collectors.joining(", "))
                    + " in the first " + HEADER_SEARCH_ROWS + " rows"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<ReferenceSmelter> smelters = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (SourceRow row : rows) {
            if (row.line() <= header.get().line() || row.isBlank()) {
                continue;
            }
            RowReader reader = new RowReader(row, header.get().positions(), asOf);
            Optional<ReferenceSmelter> smelter = reader.smelter();
            problems.addAll(reader.problems());
            smelter.ifPresent(s -> {
                Integer earlier = lineOfId.putIfAbsent(s.smelterId(), row.line());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.line(), s.smelterId() + " is already on line " + earlier));
                } else {
                    smelters.add(s);
                }
            });
        }
        if (smelters.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(source + ": no smelters below the header"));
        }
        return problems.isEmpty() ? ImportResult.success(new ReferenceList(source, asOf, smelters))
                : ImportResult.failure(problems);
    }

    private record Header(int line, Map<FacilityColumn, Integer> positions) {
    }

    private static Optional<Header> findHeader(List<SourceRow> rows) {
        return rows.stream().limit(HEADER_SEARCH_ROWS)
                .map(r -> new Header(r.line(), FacilityColumn.positions(r.cells())))
                .filter(h -> h.positions().keySet().containsAll(FacilityColumn.REQUIRED))
                .findFirst();
    }

    /** Reads one data row, collecting every problem in it rather than stopping at the first. */
    private static final class RowReader {
        private final SourceRow row;
        private final Map<FacilityColumn, Integer> positions;
        private final LocalDate asOf;
        private final List<ImportProblem> problems = new ArrayList<>();

        RowReader(SourceRow row, Map<FacilityColumn, Integer> positions, LocalDate asOf) {
            this.row = row;
            this.positions = positions;
            this.asOf = asOf;
        }

        List<ImportProblem> problems() {
            return problems;
        }

        Optional<ReferenceSmelter> smelter() {
            String metalText = cell(FacilityColumn.METAL);
            Optional<Metal> metal = Metal.parse(metalText);
            if (metal.isEmpty()) {
                problem("unknown metal '" + metalText + "'");
            }
            String name = cell(FacilityColumn.NAME);
            if (name.isEmpty()) {
                problem("smelter name missing");
            }
            String idText = cell(FacilityColumn.SMELTER_ID);
            Optional<String> id = SmelterIds.normalise(idText);
            if (id.isEmpty()) {
                problem("smelter id '" + idText + "' is not CID followed by up to six digits");
            }
            String statusText = cell(FacilityColumn.STATUS);
            Optional<CanonicalStatus> status = CanonicalStatus.fromPublished(statusText);
            if (status.isEmpty()) {
                problem(statusText.isEmpty() ? "status missing" : "unknown status '" + statusText + "'");
            }
            LocalDate lastAudit = date();
            Boolean covered = coveredSourcing();
            if (!problems.isEmpty()) {
                return Optional.empty();
            }
            String cycle = cell(FacilityColumn.AUDIT_CYCLE);
            return Optional.of(new ReferenceSmelter(id.get(), metal.get(), name, cell(FacilityColumn.COUNTRY),
                    aliases(), new SmelterStatus(statusText, status.get(), asOf), lastAudit,
                    cycle.isEmpty() ? null : cycle, covered));
        }

        private LocalDate date() {
            String text = cell(FacilityColumn.LAST_AUDIT_DATE);
            if (text.isEmpty()) {
                return null;
            }
            Optional<LocalDate> date = LenientDates.parse(text);
            if (date.isEmpty()) {
                problem("last audit date '" + text + "' is not a date");
            }
            return date.orElse(null);
        }

        private Boolean coveredSourcing() {
            String text = cell(FacilityColumn.COVERED_SOURCING).toLowerCase(Locale.ROOT);
            return switch (text) {
                case "" , "unknown" -> null;
                case "yes", "y", "true", "1" -> Boolean.TRUE;
                case "no", "n", "false", "0" -> Boolean.FALSE;
                default -> {
                    problem("sourcing from covered countries '" + text + "' is not yes or no");
                    yield null;
                }
            };
        }

        private List<String> aliases() {
            return Arrays.stream(cell(FacilityColumn.ALIASES).split("[;|]"))
                    .map(String::strip).filter(a -> !a.isEmpty()).toList();
        }

        private String cell(FacilityColumn column) {
            Integer position = positions.get(column);
            return position == null ? "" : row.cell(position);
        }

        private void problem(String message) {
            problems.add(new ImportProblem(row.line(), message));
        }
    }
}
