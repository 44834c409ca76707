package org.mineraldiligence.smelter.importer;

import java.util.List;
import java.util.Optional;
import org.mineraldiligence.smelter.ReferenceList;

/**
 * The outcome of an import: either the complete list or the problems that stopped it, never a list with rows
 * left out, so a reference list is never half-applied.
 */
public record ImportResult(Optional<ReferenceList> list, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
        if (list.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("an import has either a list or problems");
        }
    }

    public static ImportResult success(ReferenceList list) {
        return new ImportResult(Optional.of(list), List.of());
    }

    public static ImportResult failure(List<ImportProblem> problems) {
        return new ImportResult(Optional.empty(), problems);
    }

    public static ImportResult failure(ImportProblem problem) {
        return failure(List.of(problem));
    }

    public boolean isSuccess() {
        return list.isPresent();
    }

    /** The list, or an exception whose message names every problem. */
    public ReferenceList orElseThrow() {
        return list.orElseThrow(() -> new ReferenceImportException(problems));
    }
}
