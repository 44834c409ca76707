package org.mineraldiligence.supplier.importer;

import java.util.List;

/**
 * What an import did. With problems, nothing was stored: the whole file is refused, so that a half-imported
 * supplier list never decides a cycle's scope.
 */
public record ImportReport(int rows, int created, int updated, int contacts, List<String> ignoredColumns,
                           List<RowProblem> problems) implements Staging {

    public ImportReport {
        ignoredColumns = List.copyOf(ignoredColumns);
        problems = List.copyOf(problems);
    }

    static ImportReport refused(int rows, List<String> ignoredColumns, List<RowProblem> problems) {
        return new ImportReport(rows, 0, 0, 0, ignoredColumns, problems);
    }

    public boolean stored() {
        return problems.isEmpty();
    }
}
