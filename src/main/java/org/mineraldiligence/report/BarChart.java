package org.mineraldiligence.report;

import java.util.List;

/**
 * A horizontal bar chart the page draws as inline SVG (template {@code report/chart}); no script, no CDN.
 * Sizes are computed here so the template only places what it is given.
 */
public record BarChart(String title, List<Bar> bars) {

    public static final int BAR_AREA = 320;
    public static final int ROW = 26;

    /** @param tone a CSS class: ok, warning, bad or muted */
    public record Bar(String label, long value, String tone) {
    }

    public long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    public int width(Bar bar) {
        long max = max();
        return max == 0 ? 0 : (int) Math.max(bar.value() == 0 ? 0 : 2, Math.round((double) BAR_AREA * bar.value() / max));
    }

    public int y(int index) {
        return index * ROW;
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW;
    }
}
