package org.mineraldiligence.smelter.list;

import java.util.List;
import java.util.Optional;

/**
 * Which reference list each reporting cycle uses. The choice is part of the cycle, so the cycle package
 * implements this and reference data stays below cycles.
 */
public interface CycleListPins {

    /** A cycle and the list it is pinned to; {@code referenceListId} is null when it follows the newest list. */
    record Pin(long id, String label, int reportingYear, Long referenceListId) {
    }

    Optional<Pin> of(long cycleId);

    /** Every cycle, newest reporting year first. */
    List<Pin> all();

    /** Pins a cycle to a list, or unpins it with {@code null}; IllegalArgumentException without such a cycle. */
    void pin(long cycleId, Long listId);
}
