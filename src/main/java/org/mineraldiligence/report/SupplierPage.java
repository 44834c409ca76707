package org.mineraldiligence.report;

import java.util.List;

/** One page of the dashboard's supplier table. */
public record SupplierPage(List<Row> rows, long total, int page, int pageSize, SupplierFilter filter) {

    /** @param openTaskId the survey's oldest open task, or null */
    public record Row(SupplierStatus status, String openTaskId) {
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
