package org.mineraldiligence.smelter;

import java.util.List;

/** A name with its identifying words computed once, since the matcher compares each many times. */
record NormalisedName(String original, List<String> tokens, String key, String spaced) {

    static NormalisedName of(String name) {
        List<String> tokens = SmelterNameNormaliser.tokens(name);
        return new NormalisedName(name, tokens, String.join("", tokens), String.join(" ", tokens));
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }
}
