package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Mineral;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of an industry smelter list, pinned to the date its statuses are valid. Immutable; a due-diligence
 * cycle keeps using the list it was pinned to while newer lists are imported next to it.
 * <p>
 * A list is either of 3TG smelters or, imported from an EMRT's Smelter Look-up, of extended-mineral refiners
 * ({@link #emrtRevision()}); never a mix, so that whatever reads a 3TG list (reports, the CMRT matcher) never
 * meets a cobalt refiner.
 */
public final class ReferenceList {

    private final String source;
    private final LocalDate asOf;
    private final String emrtRevision;
    private final List<ReferenceSmelter> smelters;
    private final Map<String, ReferenceSmelter> byId;
    private final Map<Mineral, List<ReferenceSmelter>> byMetal;

    /** A list of 3TG smelters. @throws IllegalArgumentException when an id occurs twice or a smelter is no 3TG one */
    public ReferenceList(String source, LocalDate asOf, List<ReferenceSmelter> smelters) {
        this(source, asOf, null, smelters);
    }

    /**
     * @param emrtRevision the EMRT revision ("2.1") whose look-up the list is, null for a 3TG list
     * @throws IllegalArgumentException when an id occurs twice, or a smelter is not of the list's kind
     */
    public ReferenceList(String source, LocalDate asOf, String emrtRevision, List<ReferenceSmelter> smelters) {
        this.source = Objects.requireNonNull(source, "source");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.emrtRevision = emrtRevision == null || emrtRevision.isBlank() ? null : emrtRevision.strip();
        this.smelters = List.copyOf(smelters);
        Map<String, ReferenceSmelter> ids = new LinkedHashMap<>();
        Map<Mineral, List<ReferenceSmelter>> metals = new HashMap<>();
        for (Mineral m : this.emrtRevision == null ? Metal.values() : ExtendedMineral.values()) {
            metals.put(m, new ArrayList<>());
        }
        for (ReferenceSmelter s : this.smelters) {
            if (ids.putIfAbsent(s.smelterId(), s) != null) {
                throw new IllegalArgumentException("smelter id listed twice: " + s.smelterId());
            }
            if (!metals.containsKey(s.mineral())) {
                throw new IllegalArgumentException(s.smelterId() + " (" + s.mineral().label() + ") does not belong on "
                        + (this.emrtRevision == null ? "a 3TG list" : "an EMRT look-up list"));
            }
            metals.get(s.mineral()).add(s);
        }
        metals.replaceAll((m, list) -> Collections.unmodifiableList(list));
        this.byId = Collections.unmodifiableMap(ids);
        this.byMetal = Collections.unmodifiableMap(metals);
    }

    public String source() {
        return source;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The EMRT revision whose Smelter Look-up this list is; empty for a 3TG list. */
    public Optional<String> emrtRevision() {
        return Optional.ofNullable(emrtRevision);
    }

    public boolean isEmrt() {
        return emrtRevision != null;
    }

    public List<ReferenceSmelter> smelters() {
        return smelters;
    }

    public int size() {
        return smelters.size();
    }

    public Optional<ReferenceSmelter> byId(String smelterId) {
        return SmelterIds.normalise(smelterId).map(byId::get);
    }

    public List<ReferenceSmelter> ofMetal(Metal metal) {
        return ofMineral(metal);
    }

    /** The smelters of one metal or extended mineral; none when the list is of the other kind. */
    public List<ReferenceSmelter> ofMineral(Mineral mineral) {
        return byMetal.getOrDefault(mineral, List.of());
    }

    /** A copy in which one smelter has one more alias; unknown ids leave the list as it is. */
    public ReferenceList withAlias(String smelterId, String alias) {
        Optional<ReferenceSmelter> target = byId(smelterId);
        if (target.isEmpty()) {
            return this;
        }
        List<ReferenceSmelter> copy = new ArrayList<>(smelters);
        copy.replaceAll(s -> s == target.get() ? s.withAlias(alias) : s);
        return new ReferenceList(source, asOf, emrtRevision, copy);
    }

    @Override
    public String toString() {
        return source + " (as of " + asOf + ", " + smelters.size() + (isEmrt() ? " refiners)" : " smelters)");
    }
}
