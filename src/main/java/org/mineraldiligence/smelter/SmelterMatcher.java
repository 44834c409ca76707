package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.cmrt.Metal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ties declared smelters to a reference list: by smelter id, else by metal and normalised name or alias,
 * else by a fuzzy name similarity that is only trusted above {@link MatchingThresholds#accept()} with a clear
 * lead over the next smelter and no contradicting country. Everything doubtful goes to review with its best
 * candidates. A match never crosses metals. Immutable and thread-safe once built; build one per reference list.
 */
public final class SmelterMatcher {

    private final ReferenceList reference;
    private final MatchingThresholds thresholds;
    private final Map<Metal, MetalIndex> indexes = new EnumMap<>(Metal.class);

    public SmelterMatcher(ReferenceList reference) {
        this(reference, MatchingThresholds.DEFAULT);
    }

    public SmelterMatcher(ReferenceList reference, MatchingThresholds thresholds) {
        this.reference = reference;
        this.thresholds = thresholds;
        for (Metal metal : Metal.values()) {
            indexes.put(metal, new MetalIndex(reference.ofMetal(metal)));
        }
    }

    public ReferenceList reference() {
        return reference;
    }

    public List<MatchResult> matchAll(List<DeclaredSmelter> declared) {
        return declared.stream().map(this::match).toList();
    }

    public MatchResult match(DeclaredSmelter declared) {
        if (isNotYetIdentified(declared)) {
            return MatchResult.notYetIdentified(declared);
        }
        List<String> findings = new ArrayList<>();
        Optional<ReferenceSmelter> byId = matchId(declared, findings);
        if (byId.isPresent()) {
            return MatchResult.matched(declared, byId.get(), MatchMethod.ID, 1.0, List.of(), findings);
        }
        NormalisedName name = NormalisedName.of(declared.name());
        if (name.isEmpty()) {
            findings.add("no smelter name to match");
            return MatchResult.review(declared, List.of(), findings);
        }
        MetalIndex index = indexes.get(declared.metal());
        Set<ReferenceSmelter> exact = index.exact(name.key());
        List<ReferenceSmelter> sameCountry = exact.stream()
                .filter(s -> CountryNames.mayBeSame(s.country(), declared.country())).toList();
        if (sameCountry.size() == 1) {
            return MatchResult.matched(declared, sameCountry.get(0), MatchMethod.ALIAS, 1.0, List.of(), findings);
        }
        if (exact.size() > 1) {
            findings.add("the name fits " + exact.size() + " " + declared.metal().label() + " smelters");
        } else if (exact.size() == 1) {
            findings.add("the name fits a smelter in " + exact.iterator().next().country() + ", not in "
                    + declared.country());
        }
        return fuzzy(declared, name, index, findings);
    }

    private MatchResult fuzzy(DeclaredSmelter declared, NormalisedName name, MetalIndex index,
                              List<String> findings) {
        List<MatchCandidate> candidates = rank(name, index);
        if (candidates.isEmpty()) {
            return MatchResult.review(declared, candidates, findings);
        }
        MatchCandidate best = candidates.get(0);
        double runnerUp = candidates.size() > 1 ? candidates.get(1).score() : 0.0;
        boolean clearLead = best.score() - runnerUp >= thresholds.margin();
        boolean countryAgrees = CountryNames.mayBeSame(best.country(), declared.country());
        if (best.score() >= thresholds.accept() && clearLead && countryAgrees) {
            ReferenceSmelter smelter = reference.byId(best.smelterId()).orElseThrow();
            return MatchResult.matched(declared, smelter, MatchMethod.FUZZY, best.score(), candidates, findings);
        }
        if (best.score() >= thresholds.accept() && !clearLead) {
            findings.add("several smelters are about as similar");
        } else if (best.score() >= thresholds.accept()) {
            findings.add("the most similar smelter is in " + best.country() + ", not in " + declared.country());
        }
        return MatchResult.review(declared, candidates, findings);
    }

    /** The best score per smelter among its names, best smelters first, above the candidate floor. */
    private List<MatchCandidate> rank(NormalisedName name, MetalIndex index) {
        Map<String, MatchCandidate> bestPerSmelter = new LinkedHashMap<>();
        for (MetalIndex.Entry entry : index.shortlist(name)) {
            double score = index.similarity().score(name, entry.name());
            ReferenceSmelter s = entry.smelter();
            MatchCandidate earlier = bestPerSmelter.get(s.smelterId());
            if (score >= thresholds.candidateFloor() && (earlier == null || earlier.score() < score)) {
                bestPerSmelter.put(s.smelterId(), new MatchCandidate(s.smelterId(), s.standardName(), s.country(),
                        entry.name().original(), score));
            }
        }
        return bestPerSmelter.values().stream()
                .sorted(Comparator.comparingDouble(MatchCandidate::score).reversed())
                .limit(thresholds.maxCandidates()).toList();
    }

    /** The smelter the declared id names, if it is a known id of the declared metal; findings otherwise. */
    private Optional<ReferenceSmelter> matchId(DeclaredSmelter declared, List<String> findings) {
        if (declared.smelterId().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = SmelterIds.normalise(declared.smelterId());
        if (id.isEmpty()) {
            findings.add("smelter id '" + declared.smelterId() + "' is not CID followed by six digits");
            return Optional.empty();
        }
        if (!id.get().equals(declared.smelterId())) {
            findings.add("smelter id '" + declared.smelterId() + "' read as " + id.get());
        }
        Optional<ReferenceSmelter> smelter = reference.byId(id.get());
        if (smelter.isEmpty()) {
            findings.add(id.get() + " is not on the reference list");
            return Optional.empty();
        }
        if (smelter.get().metal() != declared.metal()) {
            findings.add(id.get() + " is a " + smelter.get().metal().label() + " smelter, declared under "
                    + declared.metal().label());
            return Optional.empty();
        }
        return smelter;
    }

    private static boolean isNotYetIdentified(DeclaredSmelter declared) {
        return SmelterNameNormaliser.key(declared.name()).equals("smelternotyetidentified")
                || SmelterNameNormaliser.key(declared.smelterId()).equals("smelternotyetidentified");
    }
}
