package org.mineraldiligence.supplier.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mineraldiligence.tabular.SourceRow;

/** Which of our fields each column of a supplier export holds (by column index); unmapped columns are ignored. */
record ColumnMapping(Map<Integer, SupplierColumn> byIndex) {

    ColumnMapping {
        byIndex = new TreeMap<>(byIndex);
    }

    /** The columns as their headers name them, without a person's say. */
    static ColumnMapping recognised(SourceRow header) {
        Map<Integer, SupplierColumn> byIndex = new TreeMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            int index = i;
            SupplierColumn.forHeader(header.cell(i)).ifPresent(column -> byIndex.put(index, column));
        }
        return new ColumnMapping(byIndex);
    }

    /** Each field's column: the first one mapped to it. */
    Map<SupplierColumn, Integer> columns() {
        Map<SupplierColumn, Integer> columns = new EnumMap<>(SupplierColumn.class);
        byIndex.forEach((index, column) -> columns.putIfAbsent(column, index));
        return columns;
    }

    List<String> ignored(SourceRow header) {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            if (!byIndex.containsKey(i) && !header.cell(i).isEmpty()) {
                ignored.add(header.cell(i));
            }
        }
        return ignored;
    }

    /** Two columns for one field, or no column for a field we need. */
    List<RowProblem> problems(SourceRow header) {
        List<RowProblem> problems = new ArrayList<>();
        Map<SupplierColumn, Integer> first = new EnumMap<>(SupplierColumn.class);
        byIndex.forEach((index, column) -> {
            Integer earlier = first.putIfAbsent(column, index);
            if (earlier != null) {
                problems.add(new RowProblem(header.line(), "Two columns mean " + column.label() + " (\""
                        + header.cell(earlier) + "\" and \"" + header.cell(index) + "\"): keep one."));
            }
        });
        for (SupplierColumn column : SupplierColumn.values()) {
            if (column.required() && !first.containsKey(column)) {
                problems.add(new RowProblem(header.line(), "No " + column.label() + " column: map one of the columns"
                        + " to it (found: " + String.join(", ", header.cells()) + ")."));
            }
        }
        return problems;
    }
}
