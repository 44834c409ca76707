package org.mineraldiligence.smelter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a smelter name may be written as: "NMMC" for "Navoi Mining and Metallurgical Combinat", "SMM" for
 * "Sumitomo Metal Mining Co., Ltd.", and the ones a name gives itself in brackets ("(AMMC)"). Initials are
 * taken with and without legal forms ("Malaysia Smelting Corporation" is MSC and MS), never of "and", "of" …
 */
final class Acronyms {

    /** Shorter acronyms are too many to tell smelters apart; longer ones are rarely typed. */
    static final int MIN_LETTERS = 3;
    static final int MAX_LETTERS = 8;

    private static final Set<String> SKIPPED = Set.of("and", "of", "the", "de", "del", "da", "do", "dos", "das", "du",
            "des", "la", "le", "y", "e", "et", "und", "en");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}{" + MIN_LETTERS + "," + MAX_LETTERS + "}\\b");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Acronyms() {
    }

    /** The acronyms of one reference name, lower case. */
    static Set<String> of(String name) {
        Set<String> acronyms = new LinkedHashSet<>();
        String plain = plain(name);
        Matcher bracketed = BRACKETED.matcher(plain);
        while (bracketed.find()) {
            Matcher capitals = CAPITALS.matcher(bracketed.group(1));
            while (capitals.find()) {
                acronyms.add(capitals.group().toLowerCase(Locale.ROOT));
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : WORDS.split(BRACKETED.matcher(plain).replaceAll(" ").replace("'", "").replace(".", ""))) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.isEmpty() && !SKIPPED.contains(lower) && Character.isLetter(lower.charAt(0))) {
                words.add(lower);
            }
        }
        addInitials(acronyms, words);
        addInitials(acronyms, words.stream().filter(w -> !SmelterNameNormaliser.isLegalForm(w)).toList());
        return acronyms;
    }

    /**
     * The acronym a declared name is, if it is one: a single word of capitals ("NMMC", "N.M.M.C.") once legal
     * forms are set aside. A capitalised word is required so that short names such as "Alpha" are not read as
     * initials.
     */
    static Optional<String> declared(String name) {
        String plain = plain(name).replace(".", "").strip();
        List<String> words = new ArrayList<>();
        for (String word : WORDS.split(plain)) {
            if (!word.isEmpty() && !SmelterNameNormaliser.isLegalForm(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        if (words.size() != 1) {
            return Optional.empty();
        }
        String word = words.get(0);
        boolean capitals = word.chars().allMatch(Character::isUpperCase);
        return capitals && word.length() >= MIN_LETTERS && word.length() <= MAX_LETTERS
                ? Optional.of(word.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static void addInitials(Set<String> acronyms, List<String> words) {
        if (words.size() < MIN_LETTERS || words.size() > MAX_LETTERS) {
            return;
        }
        StringBuilder initials = new StringBuilder(words.size());
        words.forEach(w -> initials.append(w.charAt(0)));
        acronyms.add(initials.toString());
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
}
