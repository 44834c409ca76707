package org.mineraldiligence.supplier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a country as people and ERPs write it ("USA", "DR Congo", "Korea, Republic of", "VNM", "Türkiye")
 * and names it by ISO 3166-1. The code list is the JDK's ({@link Locale#getISOCountries()}, with alpha-3
 * codes and English names); our own lists add the spellings it does not know and better names for a few.
 */
public final class Countries {

    /** What a text says about a country: the country, or why it is not one. */
    public sealed interface Reading permits Known, Unknown {
    }

    public record Known(Country country) implements Reading {
    }

    public record Unknown(String message) implements Reading {
    }

    private static final Countries STANDARD = new Countries(
            resource("/countries/names.tsv"), resource("/countries/aliases.tsv"));

    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Reading> byKey = new HashMap<>();

    Countries(List<String[]> names, List<String[]> aliases) {
        Map<String, String> betterNames = new HashMap<>();
        names.forEach(line -> betterNames.put(line[0], line[1]));
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            String jdkName = locale.getDisplayCountry(Locale.ENGLISH);
            Country country = new Country(code, betterNames.getOrDefault(code, readable(jdkName)));
            byCode.put(code, country);
            Known known = new Known(country);
            for (String spelling : List.of(code, locale.getISO3Country(), jdkName, country.name())) {
                byKey.putIfAbsent(key(spelling), known);
            }
        }
        for (String[] alias : aliases) {
            Reading reading = "?".equals(alias[1]) ? new Unknown(alias.length > 2 ? alias[2] : "")
                    : new Known(byCode.get(alias[1]));
            if (reading instanceof Known known && known.country() == null) {
                throw new IllegalStateException("Country alias " + alias[0] + " names an unknown code " + alias[1]);
            }
            byKey.put(key(alias[0]), reading);
        }
    }

    /** The ISO list with our bundled names and spellings. */
    public static Countries standard() {
        return STANDARD;
    }

    /** The country a text names, or a message saying why it names none. */
    public Reading read(String text) {
        if (text == null || text.isBlank()) {
            return new Unknown("The country is empty.");
        }
        String key = key(text);
        Reading reading = byKey.get(key);
        int comma = text.indexOf(',');
        if (reading == null && comma > 0) {
            // "Korea, Republic of" and "Congo, Democratic Republic of the": the qualifier goes first.
            reading = byKey.get(key(text.substring(comma + 1) + " " + text.substring(0, comma)));
        }
        if (reading == null) {
            return new Unknown("\"" + text.strip() + "\" is not a country we know: write its English name or its"
                    + " ISO code (DE, DEU).");
        }
        return reading;
    }

    public Optional<Country> find(String text) {
        return read(text) instanceof Known known ? Optional.of(known.country()) : Optional.empty();
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** "St. Kitts & Nevis" reads "Saint Kitts and Nevis". */
    private static String readable(String jdkName) {
        return jdkName.replace(" & ", " and ").replaceAll("\\bSt\\. ", "Saint ");
    }

    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\bst\\.? ", "saint ")
                .replaceAll("[.']", "").replaceAll("[^a-z0-9]+", " ").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    /** Tab-separated lines of a bundled or configured list, without comments and blank lines. */
    public static List<String[]> tabSeparated(InputStream in) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\t")).map(cells -> {
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = cells[i].strip();
                        }
                        return cells;
                    }).toList();
        }
    }

    private static List<String[]> resource(String path) {
        try (InputStream in = Countries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return tabSeparated(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
