package org.mineraldiligence.smelter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A name with its identifying words computed once, since the matcher compares each many times. */
record NormalisedName(String original, List<String> tokens, String key, String spaced) {

    private static final Pattern UNKNOWN_RUN = Pattern.compile("\\?+");

    static NormalisedName of(String name) {
        List<String> tokens = SmelterNameNormaliser.tokens(name);
        return new NormalisedName(name, tokens, String.join("", tokens), String.join(" ", tokens));
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether some letters were lost in transit ("Minera??o"). */
    boolean hasUnknownLetters() {
        return key.indexOf(SmelterNameNormaliser.UNKNOWN) >= 0;
    }

    /** How many letters of the key are known. */
    int knownLetters() {
        return key.length() - (int) key.chars().filter(c -> c == SmelterNameNormaliser.UNKNOWN).count();
    }

    /**
     * A pattern for the keys this name may have been before its letters were lost: a run of n {@code ?} inside a
     * word is one to n letters (one character may have become one '?' per byte), at a word's end none to n (a
     * question mark may just be punctuation).
     */
    Pattern unknownLettersPattern() {
        StringBuilder regex = new StringBuilder();
        for (String token : tokens) {
            Matcher run = UNKNOWN_RUN.matcher(token);
            int last = 0;
            while (run.find()) {
                regex.append(Pattern.quote(token.substring(last, run.start())));
                int n = run.end() - run.start();
                regex.append(".{").append(run.end() == token.length() ? 0 : 1).append(',').append(n).append('}');
                last = run.end();
            }
            if (last < token.length()) {
                regex.append(Pattern.quote(token.substring(last)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
