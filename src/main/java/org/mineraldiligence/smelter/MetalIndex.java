package org.mineraldiligence.smelter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of one metal's reference smelters, indexed for exact look-up by normalised key, by acronym and by
 * word, and for quickly finding fuzzy candidates by shared character trigrams, so that a declared name is compared
 * in full with a handful of names instead of every name of the metal. Names come from the list itself and from
 * the RMI look-up revisions ({@link RmiLookupNames}); the two are kept apart, so that a name on the list always
 * wins over an older look-up's. Immutable after construction.
 */
final class MetalIndex {

    /** One name a smelter is known by; {@code fromLookup} when only an RMI look-up revision gives it. */
    record Entry(ReferenceSmelter smelter, NormalisedName name, boolean fromLookup) {
    }

    /** How many trigram-ranked names get the full similarity score. */
    private static final int SHORTLIST = 12;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Set<ReferenceSmelter>> byKey = new HashMap<>();
    private final Map<String, Set<ReferenceSmelter>> byLookupKey = new HashMap<>();
    private final Map<String, Set<ReferenceSmelter>> byAcronym = new HashMap<>();
    private final Map<String, Set<ReferenceSmelter>> byWord = new HashMap<>();
    private final Map<String, List<Entry>> bySmelter = new HashMap<>();
    private final Map<String, int[]> postings;
    private final NameSimilarity similarity;

    MetalIndex(List<ReferenceSmelter> smelters, RmiLookupNames lookupNames) {
        Map<String, List<Integer>> trigramEntries = new HashMap<>();
        for (ReferenceSmelter smelter : smelters) {
            smelter.names().forEach(name -> add(smelter, name, false, trigramEntries));
            lookupNames.namesFor(smelter).forEach(name -> add(smelter, name, true, trigramEntries));
        }
        postings = new HashMap<>();
        trigramEntries.forEach((t, list) -> postings.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
        similarity = new NameSimilarity(entries.stream().map(Entry::name).toList());
    }

    private void add(ReferenceSmelter smelter, String name, boolean fromLookup, Map<String, List<Integer>> trigrams) {
        NormalisedName normalised = NormalisedName.of(name);
        if (normalised.isEmpty()) {
            return;
        }
        int index = entries.size();
        Entry entry = new Entry(smelter, normalised, fromLookup);
        entries.add(entry);
        bySmelter.computeIfAbsent(smelter.smelterId(), k -> new ArrayList<>()).add(entry);
        (fromLookup ? byLookupKey : byKey).computeIfAbsent(normalised.key(), k -> new LinkedHashSet<>()).add(smelter);
        Acronyms.of(name).forEach(a -> byAcronym.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(smelter));
        normalised.tokens().forEach(w -> byWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(smelter));
        for (String trigram : trigrams(normalised.key())) {
            trigrams.computeIfAbsent(trigram, k -> new ArrayList<>()).add(index);
        }
    }

    /** Similarity weighted by how rare each word is among this metal's names. */
    NameSimilarity similarity() {
        return similarity;
    }

    /** Smelters one of whose names on the list has this normalised key; more than one when names collide. */
    Set<ReferenceSmelter> exact(String key) {
        return byKey.getOrDefault(key, Set.of());
    }

    /** Smelters that an RMI look-up revision, but not the list, knows by this normalised key. */
    Set<ReferenceSmelter> lookupExact(String key) {
        return byLookupKey.getOrDefault(key, Set.of());
    }

    /** Smelters one of whose names has these initials or gives itself this acronym. */
    Set<ReferenceSmelter> acronym(String acronym) {
        return byAcronym.getOrDefault(acronym, Set.of());
    }

    /** Smelters one of whose names has this word. */
    Set<ReferenceSmelter> withWord(String word) {
        return byWord.getOrDefault(word, Set.of());
    }

    /** Every word of the metal's names with the smelters it occurs in. */
    Map<String, Set<ReferenceSmelter>> words() {
        return byWord;
    }

    /** Smelters one of whose names has every one of these words. */
    Set<ReferenceSmelter> withAllWords(List<String> words) {
        Set<ReferenceSmelter> found = new LinkedHashSet<>();
        for (ReferenceSmelter s : withWord(words.get(0))) {
            if (bySmelter.get(s.smelterId()).stream().anyMatch(e -> new HashSet<>(e.name().tokens()).containsAll(words))) {
                found.add(s);
            }
        }
        return found;
    }

    /** Smelters with a name that the pattern (a key with unknown letters, see NormalisedName) matches in full. */
    Set<ReferenceSmelter> matching(Pattern key) {
        Set<ReferenceSmelter> found = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (key.matcher(entry.name().key()).matches()) {
                found.add(entry.smelter());
            }
        }
        return found;
    }

    /** The smelter's name most similar to the given one, as a candidate for review found by the given rule. */
    MatchCandidate candidate(ReferenceSmelter smelter, NormalisedName name, MatchMethod rule) {
        Entry best = null;
        double bestScore = -1;
        for (Entry entry : bySmelter.getOrDefault(smelter.smelterId(), List.of())) {
            double score = name.isEmpty() ? 0.0 : similarity.score(name, entry.name());
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        String matchedName = best == null ? smelter.standardName() : best.name().original();
        return new MatchCandidate(smelter.smelterId(), smelter.standardName(), smelter.country(), matchedName,
                Math.max(0.0, bestScore), rule);
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
