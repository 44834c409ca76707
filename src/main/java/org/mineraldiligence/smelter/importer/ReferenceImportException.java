package org.mineraldiligence.smelter.importer;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link ImportResult#orElseThrow()}; carries the problems for callers that show them. */
public class ReferenceImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ReferenceImportException(List<ImportProblem> problems) {
        super("reference list refused: " + problems.stream().map(ImportProblem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
