package org.mineraldiligence.smelter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one metal's reference smelters, indexed for exact look-up by normalised key and for quickly
 * finding fuzzy candidates by shared character trigrams, so that a declared name is compared in full with a
 * handful of names instead of every name of the metal. Immutable after construction.
 */
final class MetalIndex {

    /** One name a smelter is known by. */
    record Entry(ReferenceSmelter smelter, NormalisedName name) {
    }

    /** How many trigram-ranked names get the full similarity score. */
    private static final int SHORTLIST = 12;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Set<ReferenceSmelter>> byKey = new HashMap<>();
    private final Map<String, int[]> postings;
    private final NameSimilarity similarity;

    MetalIndex(List<ReferenceSmelter> smelters) {
        Map<String, List<Integer>> trigramEntries = new HashMap<>();
        for (ReferenceSmelter smelter : smelters) {
            for (String name : smelter.names()) {
                NormalisedName normalised = NormalisedName.of(name);
                if (normalised.isEmpty()) {
                    continue;
                }
                int index = entries.size();
                entries.add(new Entry(smelter, normalised));
                byKey.computeIfAbsent(normalised.key(), k -> new LinkedHashSet<>()).add(smelter);
                for (String trigram : trigrams(normalised.key())) {
                    trigramEntries.computeIfAbsent(trigram, k -> new ArrayList<>()).add(index);
                }
            }
        }
        postings = new HashMap<>();
        trigramEntries.forEach((t, list) -> postings.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
        similarity = new NameSimilarity(entries.stream().map(Entry::name).toList());
    }

    /** Similarity weighted by how rare each word is among this metal's names. */
    NameSimilarity similarity() {
        return similarity;
    }

    /** Smelters one of whose names has this normalised key; more than one when names collide. */
    Set<ReferenceSmelter> exact(String key) {
        return byKey.getOrDefault(key, Set.of());
    }

    /** The names sharing the most trigrams with the given name, most first. */
    List<Entry> shortlist(NormalisedName name) {
        int[] shared = new int[entries.size()];
        for (String trigram : trigrams(name.key())) {
            for (int entry : postings.getOrDefault(trigram, new int[0])) {
                shared[entry]++;
            }
        }
        Integer[] order = new Integer[entries.size()];
        int count = 0;
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] > 0) {
                order[count++] = i;
            }
        }
        Integer[] hits = Arrays.copyOf(order, count);
        Arrays.sort(hits, (x, y) -> Integer.compare(shared[y], shared[x]));
        List<Entry> shortlist = new ArrayList<>(Math.min(SHORTLIST, count));
        for (int i = 0; i < Math.min(SHORTLIST, count); i++) {
            shortlist.add(entries.get(hits[i]));
        }
        return shortlist;
    }

    /** Distinct three-letter windows of the key, padded so that short keys still have some. */
    private static Set<String> trigrams(String key) {
        String padded = "^" + key + "$";
        Set<String> trigrams = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            trigrams.add(padded.substring(i, i + 3));
        }
        return trigrams;
    }
}
