package org.mineraldiligence.smelter;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two country spellings may name the same country. CMRT lists say "UNITED STATES OF AMERICA",
 * suppliers write "USA" or "United States"; the matcher only needs to know when two countries clearly differ,
 * so anything unknown or blank agrees.
 */
final class CountryNames {

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "usa", "america", "us", "america", "uk", "britain", "uae", "emirates", "prc", "china");
    private static final Set<String> NOT_DISTINCTIVE = Set.of(
            "of", "the", "republic", "democratic", "people", "peoples", "s", "united", "state", "states",
            "federation", "province", "islamic", "plurinational", "kingdom", "and", "unknown");

    private CountryNames() {
    }

    static boolean mayBeSame(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return true;
        }
        return wordsA.stream().anyMatch(x -> wordsB.stream().anyMatch(y -> sameWord(x, y)));
    }

    /** Whether both countries are given and name the same country: what a rule that needs the country asks. */
    static boolean agree(String a, String b) {
        return !words(a).isEmpty() && !words(b).isEmpty() && mayBeSame(a, b);
    }

    /** The distinctive words of a country's name ("korea" for "KOREA, REPUBLIC OF"). */
    static Set<String> wordsOf(String country) {
        return words(country);
    }

    /** "Czech"/"Czechia", "Russia"/"Russian": one word starting with the other, at least four letters. */
    private static boolean sameWord(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && (a.startsWith(b) || b.startsWith(a));
    }

    private static Set<String> words(String country) {
        if (country == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(country, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("viet nam", "vietnam");
        String[] parts = plain.split("[^a-z0-9]+");
        Set<String> words = Arrays.stream(parts).filter(w -> !w.isEmpty())
                .map(w -> ABBREVIATIONS.getOrDefault(w, w))
                .filter(w -> !NOT_DISTINCTIVE.contains(w)).collect(Collectors.toCollection(HashSet::new));
        if (plain.contains("united states") || plain.contains("america")) {
            words.add("america");
        }
        if (plain.contains("united kingdom") || plain.contains("great britain")) {
            words.add("britain");
        }
        return words;
    }
}
