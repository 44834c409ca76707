package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.cmrt.Metal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of an industry smelter list, pinned to the date its statuses are valid. Immutable; a due-diligence
 * cycle keeps using the list it was pinned to while newer lists are imported next to it.
 */
public final class ReferenceList {

    private final String source;
    private final LocalDate asOf;
    private final List<ReferenceSmelter> smelters;
    private final Map<String, ReferenceSmelter> byId;
    private final Map<Metal, List<ReferenceSmelter>> byMetal;

    /** @throws IllegalArgumentException when an id occurs twice; importers report that per line before. */
    public ReferenceList(String source, LocalDate asOf, List<ReferenceSmelter> smelters) {
        this.source = Objects.requireNonNull(source, "source");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.smelters = List.copyOf(smelters);
        Map<String, ReferenceSmelter> ids = new LinkedHashMap<>();
        Map<Metal, List<ReferenceSmelter>> metals = new EnumMap<>(Metal.class);
        for (Metal m : Metal.values()) {
            metals.put(m, new ArrayList<>());
        }
        for (ReferenceSmelter s : this.smelters) {
            if (ids.putIfAbsent(s.smelterId(), s) != null) {
                throw new IllegalArgumentException("smelter id listed twice: " + s.smelterId());
            }
            metals.get(s.metal()).add(s);
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
        return byMetal.get(metal);
    }

    /** A copy in which one smelter has one more alias; unknown ids leave the list as it is. */
    public ReferenceList withAlias(String smelterId, String alias) {
        Optional<ReferenceSmelter> target = byId(smelterId);
        if (target.isEmpty()) {
            return this;
        }
        List<ReferenceSmelter> copy = new ArrayList<>(smelters);
        copy.replaceAll(s -> s == target.get() ? s.withAlias(alias) : s);
        return new ReferenceList(source, asOf, copy);
    }

    @Override
    public String toString() {
        return source + " (as of " + asOf + ", " + smelters.size() + " smelters)";
    }
}
