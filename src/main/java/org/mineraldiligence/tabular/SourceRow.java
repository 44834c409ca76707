package org.mineraldiligence.tabular;

import java.util.List;

/** One row of a CSV file or a sheet, with its 1-based line so problems point where a person can look. */
public record SourceRow(int line, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, stripped; empty when the row is shorter. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
