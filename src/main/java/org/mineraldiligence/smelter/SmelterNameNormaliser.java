package org.mineraldiligence.smelter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a smelter name to the words that identify it, so that spellings that differ only in case, accents,
 * punctuation or legal form compare equal: "Cendres + Métaux S.A." and "CENDRES & METAUX SA" both become
 * {@code cendres metaux}.
 */
public final class SmelterNameNormaliser {

    /**
     * Legal-form and filler words. Kept to words that never tell two smelters apart; words such as "group",
     * "mining" or "refinery" stay because they do.
     */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "co", "company", "companies", "ltd", "limited", "inc", "incorporated", "corp", "corporation",
            "llc", "llp", "plc", "pcl", "public", "gmbh", "mbh", "ag", "kg", "sa", "sas", "sarl", "saic", "ltda",
            "spa", "srl", "nv", "bv", "ab", "as", "oy", "aps", "kk", "pte", "pvt", "private", "sdn", "bhd", "tbk",
            "pt", "jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "ao", "sro", "the", "of", "cv", "dmcc", "fzc",
            "fze", "spolka", "akcyjna", "sl", "lda", "se", "and", "und", "persero");

    /** "S.A. de C.V." (Mexico): "de" alone is a meaningful word in many names, here it is legal form. */
    private static final Pattern SA_DE_CV = Pattern.compile("\\bsa de cv\\b");
    /** "Western Australian Mint trading as The Perth Mint" and "… (T/a The Perth Mint)" name the same smelter. */
    private static final Pattern TRADING_AS = Pattern.compile("\\b(t/a|trading as|d/b/a|doing business as)\\b");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINERS = Pattern.compile("[.'’`´]");
    /** A {@code ?} is kept inside words: it stands for a letter lost in transit ("Minera??o"). */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}?]+");
    /** The character a lost letter became: '?' from a code page without it, U+FFFD from a failed decoding. */
    public static final char UNKNOWN = '?';

    private SmelterNameNormaliser() {
    }

    /** The identifying words of a name, in order; empty for a blank name. */
    public static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String text = Normalizer.normalize(Mojibake.repair(name).replace('\uFFFD', UNKNOWN), Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d")
                .replace('&', ' ').replace('+', ' ');
        text = TRADING_AS.matcher(text).replaceAll(" ");
        // Dots and apostrophes join letters ("S.A." is "sa", "Co.,Ltd" is "co ltd"), other punctuation separates.
        text = JOINERS.matcher(text).replaceAll("");
        text = SEPARATORS.matcher(text).replaceAll(" ").strip();
        text = SA_DE_CV.matcher(text).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String token : text.split(" ")) {
            if (!token.isEmpty() && !LEGAL_FORMS.contains(token) && !isOnlyUnknown(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Whether the word is a legal form or filler ("Ltd", "GmbH", "and"), which the matcher ignores. */
    public static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(word);
    }

    /** "???" alone (a word in a script that was lost entirely, or punctuation) says nothing about the name. */
    private static boolean isOnlyUnknown(String token) {
        return token.chars().allMatch(c -> c == UNKNOWN);
    }

    /**
     * The exact-match key: the identifying words without spaces, so that "Shan Dong" and "ShanDong" agree.
     */
    public static String key(String name) {
        return String.join("", tokens(name));
    }
}
