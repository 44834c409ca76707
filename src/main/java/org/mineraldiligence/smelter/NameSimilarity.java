package org.mineraldiligence.smelter;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Similarity of two normalised smelter names between 0 and 1: the mean of Jaro-Winkler over the whole name
 * (forgives typos and missing spaces) and a word-level Dice coefficient in which each word is weighted by how
 * rare it is among the metal's reference names (inverse document frequency). Rare words such as "Heraeus" or
 * "Chenzhou" identify a smelter; common ones such as "Gold", "Refinery" or "Precious Metals" hardly count, so
 * "Tanaka Precious Metals" is not close to "Kaloti Precious Metals". Two words count as the same when equal
 * or, if longer than three letters, when their Jaro-Winkler similarity is at least {@value #SAME_WORD}.
 * Immutable and thread-safe.
 */
final class NameSimilarity {

    static final double SAME_WORD = 0.92;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final Map<String, Double> weights;
    private final double unknownWeight;

    /** Weights from the names of one metal's reference smelters. */
    NameSimilarity(List<NormalisedName> names) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (NormalisedName name : names) {
            for (String word : new HashSet<>(name.tokens())) {
                documentFrequency.merge(word, 1, Integer::sum);
            }
        }
        int total = Math.max(1, names.size());
        Map<String, Double> w = new HashMap<>();
        documentFrequency.forEach((word, df) -> w.put(word, Math.log(1.0 + (double) total / df)));
        this.weights = w;
        // A word no reference name has is as distinctive as the rarest word.
        this.unknownWeight = Math.log(1.0 + total);
    }

    double score(NormalisedName a, NormalisedName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.key().equals(b.key())) {
            return 1.0;
        }
        return (JARO_WINKLER.apply(a.spaced(), b.spaced()) + weightedWordDice(a.tokens(), b.tokens())) / 2;
    }

    private double weightedWordDice(List<String> a, List<String> b) {
        double shared = 0;
        boolean[] used = new boolean[b.size()];
        for (String word : a) {
            for (int j = 0; j < b.size(); j++) {
                if (!used[j] && sameWord(word, b.get(j))) {
                    used[j] = true;
                    shared += weight(word) + weight(b.get(j));
                    break;
                }
            }
        }
        return shared / (total(a) + total(b));
    }

    private double total(List<String> words) {
        double sum = 0;
        for (String word : words) {
            sum += weight(word);
        }
        return sum;
    }

    private double weight(String word) {
        return weights.getOrDefault(word, unknownWeight);
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // Short words such as "jx" and "js" are too close by Jaro-Winkler; they must be equal.
        return Math.min(a.length(), b.length()) > 3 && JARO_WINKLER.apply(a, b) >= SAME_WORD;
    }
}
