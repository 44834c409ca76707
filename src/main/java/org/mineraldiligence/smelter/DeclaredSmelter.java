package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.Metal;
import java.util.List;
import java.util.Objects;

/**
 * A smelter as a supplier declared it on a CMRT Smelter List row.
 *
 * @param country    may be empty; used to tell same-named sites apart and to hold back doubtful fuzzy matches
 * @param smelterId  may be empty or malformed; it is normalised before use
 * @param otherCells the row's other texts (look-up name, comments, address …), searched for a smelter id that
 *                   the supplier wrote somewhere other than the id column
 */
public record DeclaredSmelter(Metal metal, String name, String country, String smelterId, List<String> otherCells) {

    public DeclaredSmelter {
        Objects.requireNonNull(metal, "metal");
        name = name == null ? "" : name.strip();
        country = country == null ? "" : country.strip();
        smelterId = smelterId == null ? "" : smelterId.strip();
        otherCells = otherCells == null ? List.of() : otherCells.stream().filter(Objects::nonNull).toList();
    }

    public DeclaredSmelter(Metal metal, String name, String country, String smelterId) {
        this(metal, name, country, smelterId, List.of());
    }

    public static DeclaredSmelter of(Metal metal, String name, String country) {
        return new DeclaredSmelter(metal, name, country, "");
    }
}
