package org.mineraldiligence.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Comma, semicolon or tab separated text as rows with their line numbers, parsed by Commons CSV (also for supplier imports). */
public final class DelimitedText {

    private DelimitedText() {
    }

    public static List<SourceRow> rows(String content) throws IOException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content; // Excel's UTF-8 BOM
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false).setTrim(true).get();
        List<SourceRow> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // The record's start position, not its number, because a quoted cell may span lines.
                rows.add(new SourceRow(lines.lineAt(record.getCharacterPosition()), record.toList()));
            }
        }
        return rows;
    }

    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** Turns character offsets into 1-based line numbers, moving forward only. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long offset) {
            while (position < offset && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
