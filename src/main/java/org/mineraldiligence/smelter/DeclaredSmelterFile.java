package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.Metal;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the names file of {@code match-smelters}: tab-separated with a header naming the columns {@code metal},
 * {@code name} and optionally {@code country} and {@code smelterId}, in any order. Quotes are ordinary
 * characters, because smelter names contain them ({@code OJSC "The Gulidov ..."}).
 */
final class DeclaredSmelterFile {

    /** The rows, or the problems (with line numbers) that stop the whole file. */
    record Contents(List<DeclaredSmelter> rows, List<String> problems) {
    }

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setTrim(true)
            .setIgnoreEmptyLines(true).get();

    private DeclaredSmelterFile() {
    }

    static Contents read(Reader reader) throws IOException {
        List<DeclaredSmelter> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, TSV)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(record);
                    if (!columns.containsKey("metal") || !columns.containsKey("name")) {
                        problems.add("line " + line + ": header must name the columns metal, name and country, "
                                + "separated by tabs");
                        break;
                    }
                    continue;
                }
                String metalText = cell(record, columns, "metal");
                Optional<Metal> metal = Metal.parse(metalText);
                if (metal.isEmpty()) {
                    problems.add("line " + line + ": unknown metal '" + metalText
                            + "' (expected Gold, Tantalum, Tin or Tungsten)");
                    continue;
                }
                rows.add(new DeclaredSmelter(metal.get(), cell(record, columns, "name"),
                        cell(record, columns, "country"), cell(record, columns, "smelterid")));
            }
            if (columns == null) {
                problems.add("the names file is empty; it needs a header metal, name, country");
            }
        }
        return new Contents(rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String key = record.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            columns.putIfAbsent(key.startsWith("\uFEFF") ? key.substring(1) : key, i);
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? "" : record.get(i);
    }
}
