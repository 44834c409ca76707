package org.mineraldiligence.smelter.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mineraldiligence.smelter.importer.ImportProblem;

/**
 * Country risk reference data (category, Covered Country, CAHRA) from a tab-separated file that a compliance
 * officer keeps up to date; the bundled copy is {@value #RESOURCE}. Looks countries up by name or alias,
 * ignoring case, accents and punctuation.
 */
public final class CountryRiskTable {

    public static final String RESOURCE = "/smelter/country-risk.tsv";
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private final List<CountryRisk> countries;
    private final Map<String, CountryRisk> byName = new HashMap<>();

    private CountryRiskTable(List<CountryRisk> countries) {
        this.countries = List.copyOf(countries);
        for (CountryRisk c : this.countries) {
            byName.put(key(c.country()), c);
            c.aliases().forEach(a -> byName.put(key(a), c));
        }
    }

    /** The table, or the problems with line numbers; a table is never loaded in part. */
    public record LoadResult(Optional<CountryRiskTable> table, List<ImportProblem> problems) {
        public CountryRiskTable orElseThrow() {
            return table.orElseThrow(() -> new IllegalStateException("country risk data refused: " + problems));
        }
    }

    public static CountryRiskTable bundled() {
        try (InputStream in = CountryRiskTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadResult load(Reader reader) throws IOException {
        List<CountryRisk> countries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(reader, TSV)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!record.get(0).equalsIgnoreCase("country")) {
                        problems.add(new ImportProblem(line, "header must be country, aliases, category, covered, cahra"));
                        break;
                    }
                    continue;
                }
                parse(record, line, problems).ifPresent(c -> {
                    for (String name : c.aliasesAndName()) {
                        Integer earlier = seen.putIfAbsent(key(name), line);
                        if (earlier != null) {
                            problems.add(new ImportProblem(line, "'" + name + "' is already on line " + earlier));
                        }
                    }
                    countries.add(c.risk());
                });
            }
        }
        return problems.isEmpty() ? new LoadResult(Optional.of(new CountryRiskTable(countries)), List.of())
                : new LoadResult(Optional.empty(), problems);
    }

    private record Parsed(CountryRisk risk) {
        List<String> aliasesAndName() {
            List<String> names = new ArrayList<>(risk.aliases());
            names.add(0, risk.country());
            return names;
        }
    }

    private static Optional<Parsed> parse(CSVRecord record, int line, List<ImportProblem> problems) {
        if (record.size() != 5) {
            problems.add(new ImportProblem(line, "expected 5 tab-separated columns, found " + record.size()));
            return Optional.empty();
        }
        int before = problems.size();
        CountryCategory category = null;
        try {
            category = CountryCategory.valueOf(record.get(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(line, "category '" + record.get(2) + "' is not L1, L2, L3 or UNLISTED"));
        }
        Boolean covered = yesNo(record.get(3), "covered", line, problems);
        Boolean cahra = yesNo(record.get(4), "cahra", line, problems);
        if (record.get(0).isEmpty()) {
            problems.add(new ImportProblem(line, "country missing"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> aliases = Arrays.stream(record.get(1).split("\\|")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        return Optional.of(new Parsed(new CountryRisk(record.get(0), aliases, category, covered, cahra)));
    }

    private static Boolean yesNo(String text, String column, int line, List<ImportProblem> problems) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes":
                return true;
            case "no":
                return false;
            default:
                problems.add(new ImportProblem(line, column + " '" + text + "' is not yes or no"));
                return null;
        }
    }

    public Optional<CountryRisk> find(String country) {
        return country == null ? Optional.empty() : Optional.ofNullable(byName.get(key(country)));
    }

    /** The category of a country; {@code UNLISTED} when the data does not name it. */
    public CountryCategory categoryOf(String country) {
        return find(country).map(CountryRisk::effectiveCategory).orElse(CountryCategory.UNLISTED);
    }

    public boolean isCovered(String country) {
        return find(country).map(CountryRisk::covered).orElse(false);
    }

    public List<CountryRisk> countries() {
        return countries;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
