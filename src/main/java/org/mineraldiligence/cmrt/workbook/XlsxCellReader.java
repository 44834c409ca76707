package org.mineraldiligence.cmrt.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams only the requested sheets of an .xlsx. Loading the whole workbook with XSSFWorkbook costs most
 * of a second because of the hidden label sheet, the calc chain, styles and shared strings; here we scan a
 * few sheet parts, stop each one as soon as the rows we need are behind us, and then pick from the shared
 * strings only the entries those cells reference.
 */
final class XlsxCellReader {

    private final ReadLimits limits;

    XlsxCellReader(ReadLimits limits) {
        this.limits = limits;
    }

    WorkbookCells read(Path file, List<SheetRequest> requests) throws IOException, CellSink.OverLimitException {
        try (GuardedZip zip = new GuardedZip(file, limits)) {
            PackageParts parts = PackageParts.locate(zip);
            List<String> truncated = CellSink.newTruncationList();
            SharedStringRefs refs = new SharedStringRefs(maxSharedStringIndex());
            Map<String, SheetCells> sheets = new LinkedHashMap<>();
            for (SheetRequest request : requests) {
                String part = parts.sheetPart(request.sheetName());
                if (part == null) {
                    continue;
                }
                CellSink sink = new CellSink(request, truncated);
                try (InputStream in = zip.open(part)) {
                    if (in != null) {
                        SheetHandler handler = new SheetHandler(sink, refs, limits.maxCellChars());
                        XmlScanner.scan(in, handler);
                        if (handler.overLimit != null) {
                            throw handler.overLimit;
                        }
                    }
                }
                sheets.put(request.sheetName(), sink.cells());
            }
            if (!refs.isEmpty() && parts.sharedStringsPart != null) {
                SharedStringsHandler sst = new SharedStringsHandler(refs.wanted(), limits.maxCellChars());
                try (InputStream in = zip.open(parts.sharedStringsPart)) {
                    if (in != null) {
                        XmlScanner.scan(in, sst);
                    }
                }
                refs.resolve(sst.strings, sst.truncated, truncated);
            } else if (!refs.isEmpty()) {
                refs.resolve(Map.of(), new BitSet(), truncated);
            }
            return new WorkbookCells(WorkbookCells.Format.XLSX, List.copyOf(parts.sheetNames), parts.date1904,
                    Map.copyOf(sheets), List.copyOf(truncated));
        }
    }

    /** The shortest shared-string entry, {@code <si/>}, takes 5 bytes of a part no larger than the entry limit. */
    private int maxSharedStringIndex() {
        return (int) Math.min(Integer.MAX_VALUE - 1, limits.maxEntryBytes() / 5);
    }

    /** Collects cached values of the cells inside the requested window. */
    private static final class SheetHandler implements XmlScanner.CellHandler {
        private final CellSink sink;
        private final SharedStringRefs refs;
        private final int maxChars;
        private final StringBuilder text = new StringBuilder();
        private CellSink.OverLimitException overLimit;
        private int row;
        private int column;
        private int type;
        private boolean formula;
        private boolean wanted;
        private boolean collecting;
        private boolean hasValue;
        private boolean truncated;

        SheetHandler(CellSink sink, SharedStringRefs refs, int maxChars) {
            this.sink = sink;
            this.refs = refs;
            this.maxChars = maxChars;
        }

        @Override
        public boolean wantsAttributes(int element) {
            return false;
        }

        @Override
        public void startRow(int r) throws IOException {
            row = r < 0 ? row + 1 : r;
            column = -1;
            if (sink.pastLastRow(row)) {
                throw new XmlScanner.Stop();
            }
        }

        @Override
        public boolean startCell(int r, int c, int t) {
            column = c < 0 ? column + 1 : c;
            if (r > 0) {
                row = r;
            }
            type = t;
            formula = false;
            hasValue = false;
            truncated = false;
            text.setLength(0);
            wanted = sink.wantsColumn(column);
            return wanted;
        }

        @Override
        public void start(int element, String[] atts, int count) {
            switch (element) {
                case XmlScanner.F -> formula = true;
                case XmlScanner.V, XmlScanner.T -> {
                    collecting = wanted;
                    hasValue = true;
                }
                default -> {
                    // other elements carry nothing we read
                }
            }
        }

        @Override
        public boolean collecting() {
            return collecting;
        }

        @Override
        public void text(String s) {
            int room = maxChars - text.length();
            if (s.length() > room) {
                truncated = true;
                text.append(s, 0, Math.max(room, 0));
            } else {
                text.append(s);
            }
        }

        @Override
        public void end(int element) throws IOException {
            if (element == XmlScanner.V || element == XmlScanner.T) {
                collecting = false;
            } else if (element == XmlScanner.C && wanted) {
                wanted = false;
                try {
                    emit();
                } catch (CellSink.OverLimitException e) {
                    overLimit = e;
                    throw new XmlScanner.Stop();
                }
            }
        }

        private void emit() throws CellSink.OverLimitException {
            CellValue value;
            if (!hasValue) {
                if (!formula) {
                    return; // a styled empty cell
                }
                value = CellValue.formulaWithoutCache();
            } else if (type == XmlScanner.TYPE_SHARED) {
                int index = parseIndex(text);
                if (index < 0) {
                    return;
                }
                sink.accept(row, column, CellValue.string("\u0000", formula), false);
                refs.add(sink.cells(), row, column, index, formula);
                return;
            } else if (type == XmlScanner.TYPE_STR || type == XmlScanner.TYPE_INLINE || type == XmlScanner.TYPE_OTHER) {
                value = CellValue.string(OoxmlEscapes.decode(text.toString()), formula);
            } else if (type == XmlScanner.TYPE_BOOL) {
                value = CellValue.bool("1".contentEquals(text) || "true".contentEquals(text), formula);
            } else if (type == XmlScanner.TYPE_ERROR) {
                value = CellValue.error(text.toString(), formula);
            } else {
                value = parseNumber(text, formula);
            }
            sink.accept(row, column, value, truncated);
        }

        private static CellValue parseNumber(CharSequence s, boolean formula) {
            String t = s.toString().trim();
            if (t.isEmpty()) {
                return formula ? CellValue.formulaWithoutCache() : null;
            }
            try {
                return CellValue.number(Double.parseDouble(t), formula);
            } catch (NumberFormatException e) {
                return CellValue.string(t, formula);
            }
        }

        private static int parseIndex(CharSequence s) {
            int value = 0;
            boolean any = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (value > 100_000_000) {
                        return -1;
                    }
                    value = value * 10 + (c - '0');
                    any = true;
                } else if (!Character.isWhitespace(c)) {
                    return -1;
                }
            }
            return any ? value : -1;
        }
    }

    /**
     * Keeps the wanted entries of the shared-strings part and stops after the last one. Text of phonetic
     * runs (rPh) is not part of the cell value and is skipped.
     */
    private static final class SharedStringsHandler implements XmlScanner.Handler {
        final Map<Integer, String> strings = new HashMap<>();
        final BitSet truncated = new BitSet();
        private final BitSet wanted;
        private final int maxChars;
        private final int lastWanted;
        private final StringBuilder text = new StringBuilder();
        private int index = -1;
        private boolean inPhonetic;
        private boolean collecting;

        SharedStringsHandler(BitSet wanted, int maxChars) {
            this.wanted = wanted;
            this.maxChars = maxChars;
            this.lastWanted = wanted.length() - 1;
        }

        @Override
        public boolean wantsAttributes(int element) {
            return false;
        }

        @Override
        public boolean skipContent(int element) {
            return element == XmlScanner.SI && !wanted.get(index);
        }

        @Override
        public void start(int element, String[] atts, int count) throws IOException {
            switch (element) {
                case XmlScanner.SI -> {
                    index++;
                    if (index > lastWanted) {
                        throw new XmlScanner.Stop();
                    }
                    text.setLength(0);
                }
                case XmlScanner.RPH -> inPhonetic = true;
                case XmlScanner.T -> collecting = !inPhonetic && wanted.get(index);
                default -> {
                    // formatting runs carry nothing we read
                }
            }
        }

        @Override
        public boolean collecting() {
            return collecting;
        }

        @Override
        public void text(String s) {
            int room = maxChars - text.length();
            if (s.length() > room) {
                truncated.set(index);
                text.append(s, 0, Math.max(room, 0));
            } else {
                text.append(s);
            }
        }

        @Override
        public void end(int element) {
            switch (element) {
                case XmlScanner.T -> collecting = false;
                case XmlScanner.RPH -> inPhonetic = false;
                case XmlScanner.SI -> {
                    if (index >= 0 && wanted.get(index)) {
                        strings.put(index, OoxmlEscapes.decode(text.toString()));
                    }
                }
                default -> {
                    // nothing to do
                }
            }
        }
    }
}
