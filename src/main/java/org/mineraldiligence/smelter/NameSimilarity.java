package org.mineraldiligence.smelter;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Similarity of two normalised smelter names between 0 and 1, the mean of two views:
 * <ul>
 *   <li>Jaro-Winkler over the whole name, which forgives typos and missing spaces;</li>
 *   <li>a word-level Dice coefficient in which two words count as the same when their Jaro-Winkler
 *       similarity is at least {@value #SAME_WORD}, which forgives word order and extra or missing words but
 *       not a different word.</li>
 * </ul>
 * Jaro-Winkler alone rates "Jiangxi Copper" close to "Jiangxi Tungsten" because of the shared prefix; the
 * word view pulls such pairs down. Stateless and thread-safe.
 */
final class NameSimilarity {

    static final double SAME_WORD = 0.92;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    double score(NormalisedName a, NormalisedName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.key().equals(b.key())) {
            return 1.0;
        }
        return (JARO_WINKLER.apply(a.spaced(), b.spaced()) + wordDice(a.tokens(), b.tokens())) / 2;
    }

    private static double wordDice(List<String> a, List<String> b) {
        int same = 0;
        boolean[] used = new boolean[b.size()];
        for (String word : a) {
            for (int j = 0; j < b.size(); j++) {
                if (!used[j] && sameWord(word, b.get(j))) {
                    used[j] = true;
                    same++;
                    break;
                }
            }
        }
        return 2.0 * same / (a.size() + b.size());
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // Short words such as "jx" and "js" are too close by Jaro-Winkler; they must be equal.
        return Math.min(a.length(), b.length()) > 3 && JARO_WINKLER.apply(a, b) >= SAME_WORD;
    }
}
