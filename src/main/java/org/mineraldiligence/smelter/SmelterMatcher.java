package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Mineral;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ties declared smelters to a reference list, trying rules from the surest to the least sure:
 * <ol>
 * <li>the smelter id column ({@link MatchMethod#ID}), else a smelter id written anywhere else in the row
 *     ({@link MatchMethod#ID_IN_ROW}) unless the row's name is another smelter's;</li>
 * <li>the normalised name or an alias on the list ({@link MatchMethod#ALIAS}), else a name that an RMI look-up
 *     revision gives the smelter ({@link MatchMethod#RMI_LOOKUP});</li>
 * <li>a name with letters lost in transit that fits one smelter's name ({@link MatchMethod#WILDCARD});</li>
 * <li>an acronym of one smelter's name ({@link MatchMethod#ACRONYM}; three letters only with the same country);</li>
 * <li>a short name whose words are all in one smelter's name, one of them naming no other smelter of any metal,
 *     with the same country ({@link MatchMethod#SHORT_NAME});</li>
 * <li>a fuzzy name similarity that is only trusted above {@link MatchingThresholds#accept()} with a clear lead
 *     over the next smelter whose country does not contradict the declared one ({@link MatchMethod#FUZZY}).</li>
 * </ol>
 * Wherever several smelters fit, the declared country decides, or the row goes to review. Everything doubtful goes
 * to review with its best candidates, the one a rule pointed at first. A match never crosses metals: every rule
 * looks only at the smelters of the row's own metal or extended mineral (an EMRT refiner list has no 3TG smelter,
 * a 3TG list no EMRT refiner, and a cobalt row sees no mica processor). Immutable and thread-safe once built;
 * build one per reference list.
 */
public final class SmelterMatcher {

    /** A short name has at most this many words; longer names are compared by similarity. */
    private static final int SHORT_NAME_WORDS = 2;
    /** A distinctive word has at least this many letters: shorter ones are initials or abbreviations. */
    private static final int DISTINCTIVE_LETTERS = 4;
    /** A name with lost letters must keep at least this many, and lose at most a third of them. */
    private static final int KNOWN_LETTERS = 6;

    /** Words that tell one site of a company from another. */
    private static final Set<String> SITE_WORDS = Set.of("plant", "branch", "factory", "site", "unit", "works",
            "division", "north", "south", "east", "west", "northern", "southern", "eastern", "western");

    private final ReferenceList reference;
    private final MatchingThresholds thresholds;
    private final Map<Mineral, MetalIndex> indexes = new HashMap<>();
    /** Words that name several smelters of some metal, or a country: they never identify a smelter alone. */
    private final Set<String> commonWords = new HashSet<>();

    public SmelterMatcher(ReferenceList reference) {
        this(reference, MatchingThresholds.DEFAULT);
    }

    public SmelterMatcher(ReferenceList reference, MatchingThresholds thresholds) {
        this(reference, thresholds, RmiLookupNames.bundled());
    }

    /** With {@link RmiLookupNames#NONE}, only the list's own names are used. */
    public SmelterMatcher(ReferenceList reference, MatchingThresholds thresholds, RmiLookupNames lookupNames) {
        this.reference = reference;
        this.thresholds = thresholds;
        List<Mineral> minerals = new ArrayList<>(List.of(Metal.values()));
        minerals.addAll(List.of(ExtendedMineral.values()));
        for (Mineral metal : minerals) {
            MetalIndex index = new MetalIndex(reference.ofMineral(metal), lookupNames);
            indexes.put(metal, index);
            index.words().forEach((word, smelters) -> {
                if (smelters.size() > 1) {
                    commonWords.add(word);
                }
            });
        }
        reference.smelters().forEach(s -> commonWords.addAll(SmelterNameNormaliser.tokens(s.country())));
        reference.smelters().forEach(s -> commonWords.addAll(CountryNames.wordsOf(s.country())));
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
        MetalIndex index = indexes.get(declared.mineral());
        NormalisedName name = NormalisedName.of(SmelterIds.withoutIds(declared.name()));
        Optional<MatchResult> inRow = idInRow(declared, name, index, findings);
        if (inRow.isPresent()) {
            return inRow.get();
        }
        if (name.isEmpty()) {
            findings.add("no smelter name to match");
            return MatchResult.review(declared, List.of(), findings);
        }
        return byName(declared, name, index, findings);
    }

    private MatchResult byName(DeclaredSmelter declared, NormalisedName name, MetalIndex index,
                               List<String> findings) {
        Set<ReferenceSmelter> exact = index.exact(name.key());
        Optional<ReferenceSmelter> listed = oneInCountry(exact, declared.country());
        if (listed.isPresent()) {
            return MatchResult.matched(declared, listed.get(), MatchMethod.ALIAS, 1.0, List.of(), findings);
        }
        describeCollision(exact, declared, findings);
        if (exact.isEmpty()) {
            Optional<ReferenceSmelter> looked = oneInCountry(index.lookupExact(name.key()), declared.country());
            if (looked.isPresent()) {
                findings.add("an RMI look-up revision lists '" + declared.name() + "' as a name of "
                        + looked.get().smelterId());
                return MatchResult.matched(declared, looked.get(), MatchMethod.RMI_LOOKUP, 1.0, List.of(), findings);
            }
        }
        Suggestions suggested = new Suggestions(index, name);
        Optional<MatchResult> byRule = unknownLetters(declared, name, index, suggested, findings)
                .or(() -> acronym(declared, index, suggested, findings))
                .or(() -> shortName(declared, name, index, suggested, findings));
        return byRule.orElseGet(() -> fuzzy(declared, name, index, suggested, findings));
    }

    /** A smelter id the supplier wrote in the name, look-up name or comments instead of the id column. */
    private Optional<MatchResult> idInRow(DeclaredSmelter declared, NormalisedName name, MetalIndex index,
                                          List<String> findings) {
        Set<String> ids = new LinkedHashSet<>(SmelterIds.findIn(declared.name()));
        declared.otherCells().forEach(cell -> ids.addAll(SmelterIds.findIn(cell)));
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<ReferenceSmelter> known = new ArrayList<>();
        for (String id : ids) {
            Optional<ReferenceSmelter> smelter = reference.byId(id).filter(s -> s.mineral() == declared.mineral());
            smelter.ifPresentOrElse(known::add, () -> findings.add(id + ", written in the row, is no "
                    + declared.mineral().label() + " smelter of the reference list"));
        }
        Suggestions suggested = new Suggestions(index, name);
        known.forEach(s -> suggested.add(s, MatchMethod.ID_IN_ROW));
        if (ids.size() > 1) {
            findings.add("the row names " + ids.size() + " smelter ids: " + String.join(", ", ids));
            return Optional.of(MatchResult.review(declared, suggested.list(thresholds.maxCandidates()), findings));
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        ReferenceSmelter smelter = known.get(0);
        Set<ReferenceSmelter> named = new LinkedHashSet<>(index.exact(name.key()));
        named.addAll(index.lookupExact(name.key()));
        if (!named.isEmpty() && !named.contains(smelter)) {
            findings.add("the row's smelter id is " + smelter.smelterId() + ", but its name is another smelter's");
            named.forEach(s -> suggested.add(s, MatchMethod.ALIAS));
            return Optional.of(MatchResult.review(declared, suggested.list(thresholds.maxCandidates()), findings));
        }
        findings.add(smelter.smelterId() + " found in the row, not in the smelter id column");
        return Optional.of(MatchResult.matched(declared, smelter, MatchMethod.ID_IN_ROW, 1.0, List.of(), findings));
    }

    /** "Minera??o Taboca": the known letters, with any letters where the '?' are, fit one smelter's name. */
    private Optional<MatchResult> unknownLetters(DeclaredSmelter declared, NormalisedName name, MetalIndex index,
                                                 Suggestions suggested, List<String> findings) {
        if (!name.hasUnknownLetters()) {
            return Optional.empty();
        }
        int known = name.knownLetters();
        if (known < KNOWN_LETTERS || (name.key().length() - known) * 3 > name.key().length()) {
            findings.add("too many letters of the name were lost to match it by its other letters");
            return Optional.empty();
        }
        Set<ReferenceSmelter> fitting = index.matching(name.unknownLettersPattern());
        Optional<ReferenceSmelter> one = oneInCountry(fitting, declared.country());
        if (one.isPresent()) {
            findings.add("letters lost in transit ('?') read as those of " + one.get().standardName());
            return Optional.of(MatchResult.matched(declared, one.get(), MatchMethod.WILDCARD, 1.0, List.of(),
                    findings));
        }
        if (!fitting.isEmpty()) {
            findings.add("with its lost letters the name fits " + fitting.size() + " smelters");
            fitting.forEach(s -> suggested.add(s, MatchMethod.WILDCARD));
        }
        return Optional.empty();
    }

    /** "NMMC": the initials of one smelter's name of the metal (three letters only when the country agrees). */
    private Optional<MatchResult> acronym(DeclaredSmelter declared, MetalIndex index, Suggestions suggested,
                                          List<String> findings) {
        Optional<String> acronym = Acronyms.declared(SmelterIds.withoutIds(declared.name()))
                .filter(a -> !isCountry(a));
        if (acronym.isEmpty()) {
            return Optional.empty();
        }
        Set<ReferenceSmelter> fitting = index.acronym(acronym.get());
        List<ReferenceSmelter> inCountry = inCountry(fitting, declared.country());
        if (inCountry.size() > 1) {
            findings.add("the acronym fits " + inCountry.size() + " " + declared.mineral().label() + " smelters");
            inCountry.forEach(s -> suggested.add(s, MatchMethod.ACRONYM));
        }
        if (inCountry.size() != 1) {
            return Optional.empty();
        }
        ReferenceSmelter smelter = inCountry.get(0);
        if (acronym.get().length() == Acronyms.MIN_LETTERS && !CountryNames.agree(smelter.country(), declared.country())) {
            findings.add("a three-letter acronym is matched only when the smelter's country ("
                    + smelter.country() + ") is declared");
            suggested.add(smelter, MatchMethod.ACRONYM);
            return Optional.empty();
        }
        findings.add("'" + declared.name() + "' read as the acronym of " + smelter.standardName()
                + (fitting.size() > 1 ? ", the one in " + smelter.country() : ""));
        return Optional.of(MatchResult.matched(declared, smelter, MatchMethod.ACRONYM, 1.0, List.of(), findings));
    }

    /** "Tanaka", Japan: every word in one smelter's name, one word naming no other smelter, the same country. */
    private Optional<MatchResult> shortName(DeclaredSmelter declared, NormalisedName name, MetalIndex index,
                                            Suggestions suggested, List<String> findings) {
        List<String> words = name.tokens();
        if (words.size() > SHORT_NAME_WORDS || words.stream().noneMatch(w -> isDistinctive(w, index))) {
            return Optional.empty();
        }
        Set<ReferenceSmelter> fitting = index.withAllWords(words);
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        ReferenceSmelter smelter = fitting.iterator().next();
        if (!CountryNames.agree(smelter.country(), declared.country())) {
            findings.add("a short name is matched only when the smelter's country (" + smelter.country()
                    + ") is declared" + (declared.country().isBlank() ? "" : "; the row says " + declared.country()));
            suggested.add(smelter, MatchMethod.SHORT_NAME);
            return Optional.empty();
        }
        findings.add("'" + declared.name() + "' is a name only " + smelter.standardName() + " has, in "
                + smelter.country());
        return Optional.of(MatchResult.matched(declared, smelter, MatchMethod.SHORT_NAME, 1.0, List.of(), findings));
    }

    /** "USA", "UAE", "PRC": a country, not initials, even where a name has it in brackets. */
    private boolean isCountry(String word) {
        return commonWords.contains(word) || CountryNames.wordsOf(word).stream().anyMatch(commonWords::contains);
    }

    private boolean isDistinctive(String word, MetalIndex index) {
        return word.length() >= DISTINCTIVE_LETTERS && word.chars().anyMatch(Character::isLetter)
                && word.indexOf(SmelterNameNormaliser.UNKNOWN) < 0 && !commonWords.contains(word)
                && index.withWord(word).size() == 1;
    }

    private MatchResult fuzzy(DeclaredSmelter declared, NormalisedName name, MetalIndex index,
                              Suggestions suggested, List<String> findings) {
        List<MatchCandidate> ranked = rank(name, index);
        ranked.forEach(suggested::add);
        List<MatchCandidate> candidates = suggested.list(thresholds.maxCandidates());
        Optional<MatchCandidate> trusted = trusted(declared, name, index, ranked, findings);
        boolean ruleDisagrees = trusted.isPresent() && suggested.pointsAwayFrom(trusted.get().smelterId());
        if (trusted.isPresent() && !ruleDisagrees) {
            ReferenceSmelter smelter = reference.byId(trusted.get().smelterId()).orElseThrow();
            return MatchResult.matched(declared, smelter, MatchMethod.FUZZY, trusted.get().score(), candidates,
                    findings);
        }
        if (ruleDisagrees) {
            findings.add("the most similar smelter is another than the one a rule suggests");
        }
        return MatchResult.review(declared, candidates, findings);
    }

    /**
     * The most similar smelter, when it is similar enough, its country agrees and it clearly leads the next one;
     * when it does not lead, the declared country may still single out one of the near ties.
     */
    private Optional<MatchCandidate> trusted(DeclaredSmelter declared, NormalisedName name, MetalIndex index,
                                             List<MatchCandidate> ranked, List<String> findings) {
        if (ranked.isEmpty() || ranked.get(0).score() < thresholds.accept()) {
            return Optional.empty();
        }
        Set<ReferenceSmelter> sharing = index.withAllWords(name.tokens());
        if (inCountry(sharing, declared.country()).size() > 1) {
            findings.add("every word of the name is in the names of " + sharing.size() + " smelters");
            return Optional.empty();
        }
        MatchCandidate best = ranked.get(0);
        if (namesASiteItLacks(name, best)) {
            findings.add("the name says which site (" + name.original() + "), the most similar smelter does not");
            return Optional.empty();
        }
        boolean countryAgrees = CountryNames.mayBeSame(best.country(), declared.country());
        if (countryAgrees && leads(best, ranked)) {
            return Optional.of(best);
        }
        List<MatchCandidate> sameCountry = ranked.stream()
                .filter(c -> CountryNames.mayBeSame(c.country(), declared.country())).toList();
        if (!declared.country().isBlank() && !sameCountry.isEmpty() && sameCountry.get(0).score() >= thresholds.accept()
                && CountryNames.agree(sameCountry.get(0).country(), declared.country()) && leads(sameCountry.get(0), sameCountry)) {
            findings.add("the declared country decided between similar smelters");
            return Optional.of(sameCountry.get(0));
        }
        findings.add(countryAgrees ? "several smelters are about as similar"
                : "the most similar smelter is in " + best.country() + ", not in " + declared.country());
        return Optional.empty();
    }

    private boolean leads(MatchCandidate best, List<MatchCandidate> ranked) {
        double runnerUp = ranked.stream().filter(c -> c != best).mapToDouble(MatchCandidate::score).max().orElse(0.0);
        return best.score() - runnerUp >= thresholds.margin();
    }

    /** The best score per smelter among its names, best smelters first, above the candidate floor. */
    /** "Eco-System Recycling North Plant" is not the "Eco-System Recycling" of a list that has no such plant. */
    private static boolean namesASiteItLacks(NormalisedName name, MatchCandidate candidate) {
        List<String> theirs = SmelterNameNormaliser.tokens(candidate.matchedName());
        return name.tokens().stream().anyMatch(w -> (SITE_WORDS.contains(w) || w.chars().allMatch(Character::isDigit))
                && !theirs.contains(w));
    }

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

    /** The one smelter of the set in the declared country (any, when the row gives none). */
    private static Optional<ReferenceSmelter> oneInCountry(Collection<ReferenceSmelter> smelters, String country) {
        List<ReferenceSmelter> inCountry = inCountry(smelters, country);
        return inCountry.size() == 1 ? Optional.of(inCountry.get(0)) : Optional.empty();
    }

    private static List<ReferenceSmelter> inCountry(Collection<ReferenceSmelter> smelters, String country) {
        return smelters.stream().filter(s -> CountryNames.mayBeSame(s.country(), country)).toList();
    }

    private static void describeCollision(Set<ReferenceSmelter> exact, DeclaredSmelter declared, List<String> findings) {
        if (exact.size() > 1) {
            findings.add("the name fits " + exact.size() + " " + declared.mineral().label() + " smelters");
        } else if (exact.size() == 1) {
            findings.add("the name fits a smelter in " + exact.iterator().next().country() + ", not in "
                    + declared.country());
        }
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
        if (smelter.get().mineral() != declared.mineral()) {
            findings.add(id.get() + " is a " + smelter.get().mineral().label() + " smelter, declared under "
                    + declared.mineral().label());
            return Optional.empty();
        }
        return smelter;
    }

    private static boolean isNotYetIdentified(DeclaredSmelter declared) {
        return SmelterNameNormaliser.key(declared.name()).equals("smelternotyetidentified")
                || SmelterNameNormaliser.key(declared.smelterId()).equals("smelternotyetidentified");
    }

    /**
     * Candidates for review, one per smelter: first those a rule pointed at (with that rule), then the most
     * similar names.
     */
    private static final class Suggestions {
        private final MetalIndex index;
        private final NormalisedName name;
        private final Map<String, MatchCandidate> bySmelter = new LinkedHashMap<>();
        private final Set<String> byRule = new LinkedHashSet<>();

        Suggestions(MetalIndex index, NormalisedName name) {
            this.index = index;
            this.name = name;
        }

        void add(ReferenceSmelter smelter, MatchMethod rule) {
            if (!bySmelter.containsKey(smelter.smelterId())) {
                bySmelter.put(smelter.smelterId(), index.candidate(smelter, name, rule));
                byRule.add(smelter.smelterId());
            }
        }

        void add(MatchCandidate similar) {
            bySmelter.putIfAbsent(similar.smelterId(), similar);
        }

        /** Whether a rule pointed at smelters, none of them this one. */
        boolean pointsAwayFrom(String smelterId) {
            return !byRule.isEmpty() && !byRule.contains(smelterId);
        }

        List<MatchCandidate> list(int max) {
            return bySmelter.values().stream().limit(max).toList();
        }
    }
}
