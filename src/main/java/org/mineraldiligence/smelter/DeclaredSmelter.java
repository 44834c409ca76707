package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Mineral;
import java.util.List;
import java.util.Objects;

/**
 * A smelter as a supplier declared it on a CMRT Smelter List row ({@code metal}), or a refiner on an EMRT Smelter
 * List row ({@code extendedMineral}); exactly one of the two is set.
 *
 * @param country    may be empty; used to tell same-named sites apart and to hold back doubtful fuzzy matches
 * @param smelterId  may be empty or malformed; it is normalised before use
 * @param otherCells the row's other texts (look-up name, comments, address …), searched for a smelter id that
 *                   the supplier wrote somewhere other than the id column
 */
public record DeclaredSmelter(Metal metal, String name, String country, String smelterId, List<String> otherCells,
                              ExtendedMineral extendedMineral) {

    public DeclaredSmelter {
        if ((metal == null) == (extendedMineral == null)) {
            throw new IllegalArgumentException("a declared smelter needs either a 3TG metal or an extended mineral");
        }
        name = name == null ? "" : name.strip();
        country = country == null ? "" : country.strip();
        smelterId = smelterId == null ? "" : smelterId.strip();
        otherCells = otherCells == null ? List.of() : otherCells.stream().filter(Objects::nonNull).toList();
    }

    public DeclaredSmelter(Metal metal, String name, String country, String smelterId, List<String> otherCells) {
        this(Objects.requireNonNull(metal, "metal"), name, country, smelterId, otherCells, null);
    }

    /** An EMRT Smelter List row. */
    public static DeclaredSmelter ofExtended(ExtendedMineral mineral, String name, String country, String smelterId,
                                             List<String> otherCells) {
        return new DeclaredSmelter(null, name, country, smelterId, otherCells,
                Objects.requireNonNull(mineral, "mineral"));
    }

    /** The metal or the extended mineral, whichever it is. */
    public Mineral mineral() {
        return metal != null ? metal : extendedMineral;
    }

    public DeclaredSmelter(Metal metal, String name, String country, String smelterId) {
        this(metal, name, country, smelterId, List.of());
    }

    public static DeclaredSmelter of(Metal metal, String name, String country) {
        return new DeclaredSmelter(metal, name, country, "");
    }
}
