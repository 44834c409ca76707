package org.mineraldiligence.cycle.scope;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured "unfree" countries, matched against a supplier's country ignoring case, accents and punctuation. */
final class UnfreeCountries {

    private final Set<String> countries;

    UnfreeCountries(List<String> countries) {
        this.countries = countries.stream().map(UnfreeCountries::plain).collect(Collectors.toSet());
    }

    boolean contains(String country) {
        return country != null && countries.contains(plain(country));
    }

    private static String plain(String country) {
        return Normalizer.normalize(country, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
