package org.mineraldiligence.cmrt.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads .xls workbooks (BIFF8, Excel 97-2003) record by record instead of loading them into an
 * {@code HSSFWorkbook}. A CMRT 6.x saved as .xls is mostly its hidden label sheet and look-up formulas:
 * the user model builds all of it (over a gigabyte of objects), while a check needs a few sheets. So:
 * <ol>
 * <li>the workbook globals give the sheet names, each sheet's byte offset (BOUNDSHEET) and the date system;</li>
 * <li>each requested sheet is read from its own offset to its EOF, the others are never touched;</li>
 * <li>only the shared strings those cells reference are kept from the SST, as the .xlsx reader does.</li>
 * </ol>
 * Records are decoded by POI's record classes through its {@link RecordInputStream} (which also joins
 * CONTINUE records). A file encrypted with Excel's built-in default password cannot be read at offsets,
 * so it is read in one pass through POI's event API ({@link HSSFEventFactory}), which decrypts it.
 */
final class XlsCellReader {

    /** BOF version and type of an Excel 97-2003 file (BIFF8) and its parts. */
    private static final int BIFF8 = 0x0600;

    private final ReadLimits limits;

    XlsCellReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** The .xls is not BIFF8 (Excel 5.0/95 or older) or its record structure is broken. */
    static final class NotBiff8Exception extends Exception {
        NotBiff8Exception() {
            super(null, null, false, false);
        }
    }

    /**
     * @param sstOffset where the shared string table's record begins, -1 without one
     * @param sstSize   how many strings it can hold: what it claims, but never more than its stream could
     *                  (three bytes a string at least), so a lying count or index cannot make us reserve memory
     */
    private record Globals(List<BoundSheetRecord> sheets, boolean date1904, boolean encrypted, long sstOffset,
                           int sstSize) {
    }

    WorkbookCells read(POIFSFileSystem fs, List<SheetRequest> requests) throws Exception {
        String stream = workbookStream(fs.getRoot());
        if (stream == null) {
            throw new NotBiff8Exception();
        }
        try (BiffInput input = new BiffInput(fs, stream)) {
            Globals globals = readGlobals(input);
            if (globals.encrypted()) {
                return readDecrypting(fs, requests);
            }
            return readSheets(input, globals, requests);
        }
    }

    private WorkbookCells readSheets(BiffInput input, Globals globals, List<SheetRequest> requests) throws Exception {
        List<String> names = globals.sheets().stream().map(BoundSheetRecord::getSheetname).toList();
        List<String> truncated = CellSink.newTruncationList();
        SharedStringRefs refs = new SharedStringRefs();
        Map<String, SheetCells> sheets = new LinkedHashMap<>();
        for (Map.Entry<SheetRequest, BoundSheetRecord> wanted : inStreamOrder(globals.sheets(), requests)) {
            SheetRequest request = wanted.getKey();
            CellSink sink = new CellSink(request, truncated);
            readSheet(input, wanted.getValue().getPositionOfBof(), new XlsCellRecords(sink, refs, limits.maxCellChars(),
                    globals.sstSize()));
            sheets.put(request.sheetName(), sink.cells());
        }
        if (!refs.isEmpty()) {
            Map<Integer, String> strings = new HashMap<>();
            BitSet cut = new BitSet();
            if (globals.sstOffset() >= 0) {
                readSharedStrings(input, globals.sstOffset(), refs.wanted(), strings, cut);
            }
            refs.resolve(strings, cut, truncated);
        }
        return new WorkbookCells(WorkbookCells.Format.XLS, names, globals.date1904(), Map.copyOf(sheets), List.copyOf(truncated));
    }

    /** The requested sheets that exist, by their offset in the stream, so that one forward pass reads them all. */
    private static List<Map.Entry<SheetRequest, BoundSheetRecord>> inStreamOrder(List<BoundSheetRecord> sheets,
                                                                              List<SheetRequest> requests) {
        List<Map.Entry<SheetRequest, BoundSheetRecord>> found = new ArrayList<>();
        for (SheetRequest request : requests) {
            BoundSheetRecord sheet = find(sheets, request.sheetName());
            if (sheet != null) {
                found.add(Map.entry(request, sheet));
            }
        }
        found.sort(java.util.Comparator.comparingLong(e -> e.getValue().getPositionOfBof() & 0xFFFFFFFFL));
        return found;
    }

    /** The BIFF8 stream ("Workbook", any case); Excel 5.0/95 files have a "Book" stream instead. */
    static String workbookStream(DirectoryNode root) {
        for (String name : root.getEntryNames()) {
            if (name.equalsIgnoreCase("Workbook")) {
                return name;
            }
        }
        return null;
    }

    private static RecordInputStream open(BiffInput input, long offset) throws IOException, NotBiff8Exception {
        if (offset < 0 || offset >= input.size()) {
            throw new NotBiff8Exception();
        }
        return input.recordsAt(offset);
    }

    /** Reads the first BOF at the stream's position; anything but a BIFF8 BOF of the expected type is refused. */
    private static void expectBof(BiffInput input, RecordInputStream in, int type) throws NotBiff8Exception {
        if (!in.hasNextRecord()) {
            throw new NotBiff8Exception();
        }
        in.nextRecord();
        if (in.getSid() != BOFRecord.sid || in.remaining() < 4) {
            throw new NotBiff8Exception();
        }
        BOFRecord bof = new BOFRecord(in);
        skipRest(in, input.scratch());
        if (bof.getVersion() != BIFF8 || bof.getType() != type) {
            throw new NotBiff8Exception();
        }
    }

    private static Globals readGlobals(BiffInput input) throws IOException, NotBiff8Exception {
        RecordInputStream in = open(input, 0);
        expectBof(input, in, BOFRecord.TYPE_WORKBOOK);
        List<BoundSheetRecord> sheets = new ArrayList<>();
        boolean date1904 = false;
        long sst = -1;
        int sstSize = 0;
        while (in.hasNextRecord()) {
            in.nextRecord();
            short sid = in.getSid();
            if (sid == EOFRecord.sid) {
                return new Globals(List.copyOf(sheets), date1904, false, sst, sstSize);
            }
            if (sid == FilePassRecord.sid) {
                return new Globals(List.of(), false, true, -1, 0);
            }
            if (sid == BoundSheetRecord.sid) {
                sheets.add(new BoundSheetRecord(in));
            } else if (sid == DateWindow1904Record.sid) {
                date1904 = new DateWindow1904Record(in).getWindowing() == 1;
            } else if (sid == SSTRecord.sid && sst < 0) {
                sst = input.position() - 4; // the record's id and length are behind us
                sstSize = in.remaining() < 8 ? 0 : sstSize(in, input.size());
            }
            skipRest(in, input.scratch());
        }
        throw new NotBiff8Exception(); // the globals never ended: truncated
    }

    private static int sstSize(RecordInputStream in, long streamSize) {
        in.readInt(); // total references
        long claimed = in.readInt() & 0xFFFFFFFFL;
        return (int) Math.min(claimed, streamSize / 3);
    }

    private static void readSheet(BiffInput input, int offset, XlsCellRecords cells) throws Exception {
        RecordInputStream in = open(input, offset & 0xFFFFFFFFL);
        expectBof(input, in, BOFRecord.TYPE_WORKSHEET);
        int depth = 1; // an embedded chart brings its own BOF/EOF inside the sheet
        while (in.hasNextRecord()) {
            in.nextRecord();
            short sid = in.getSid();
            if (sid == BOFRecord.sid) {
                depth++;
            } else if (sid == EOFRecord.sid && --depth == 0) {
                cells.finish();
                return;
            } else if (depth == 1) {
                Record record = cellRecord(sid, in);
                if (record != null && lengthLies(sid, in)) {
                    throw new NotBiff8Exception();
                }
                if (record != null) {
                    if (record instanceof org.apache.poi.hssf.record.CellValueRecordInterface c
                            && !cells.wantsMore(c.getRow() + 1)) {
                        cells.finish();
                        return;
                    }
                    cells.record(record);
                }
            }
            skipRest(in, input.scratch());
        }
        cells.finish(); // a sheet cut off before its EOF: keep what was read
    }

    /**
     * A cell record of fixed size that claims more bytes than its cell needs: the surplus would swallow the
     * records that follow (cells silently lost), so the file is refused instead.
     */
    private static boolean lengthLies(short sid, RecordInputStream in) {
        boolean fixedSize = sid == LabelSSTRecord.sid || sid == NumberRecord.sid || sid == RKRecord.sid
                || sid == BoolErrRecord.sid;
        return fixedSize && in.remaining() > 0;
    }

    /** POI's decoder for the records that hold cell values; null for all others. */
    private static Record cellRecord(short sid, RecordInputStream in) {
        switch (sid) {
            case LabelSSTRecord.sid:
                return new LabelSSTRecord(in);
            case NumberRecord.sid:
                return new NumberRecord(in);
            case RKRecord.sid:
                return new RKRecord(in);
            case MulRKRecord.sid:
                return new MulRKRecord(in);
            case FormulaRecord.sid:
                return new FormulaRecord(in);
            case StringRecord.sid:
                return new StringRecord(in);
            case BoolErrRecord.sid:
                return new BoolErrRecord(in);
            case LabelRecord.sid:
                return new LabelRecord(in);
            default:
                return null;
        }
    }

    /**
     * Picks the wanted entries from the SST and stops after the last one. The rest are decoded (a string's
     * length is only known by reading it) but not kept, so a huge table costs time, never memory.
     */
    private void readSharedStrings(BiffInput input, long sstOffset, BitSet wanted, Map<Integer, String> strings,
                                   BitSet cut) throws IOException, NotBiff8Exception {
        RecordInputStream in = open(input, sstOffset);
        if (in.hasNextRecord()) {
            in.nextRecord();
            if (in.getSid() == SSTRecord.sid && in.remaining() >= 8) {
                in.readInt(); // total references
                in.readInt(); // unique strings: what the table claims, already bounded by the stream's size
                int last = wanted.length() - 1;
                for (int i = 0; i <= last; i++) {
                    if (in.remaining() == 0 && (!in.hasNextRecord() || in.getNextSid() != ContinueRecord.sid)) {
                        return; // the table is shorter than it says
                    }
                    String s = new UnicodeString(in).getString();
                    if (wanted.get(i)) {
                        if (s.length() > limits.maxCellChars()) {
                            s = s.substring(0, limits.maxCellChars());
                            cut.set(i);
                        }
                        strings.put(i, s);
                    }
                }
            }
        }
    }

    /** Passes over what is left of the current record (POI refuses to go on while some remains). */
    private static void skipRest(RecordInputStream in, byte[] scratch) {
        int left;
        while ((left = in.remaining()) > 0) {
            in.readFully(scratch, 0, Math.min(left, scratch.length));
        }
    }

    private static BoundSheetRecord find(List<BoundSheetRecord> sheets, String name) {
        for (BoundSheetRecord sheet : sheets) {
            if (sheet.getSheetname().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }

    /**
     * One pass through POI's event API, which decrypts a file protected with Excel's default password
     * (and refuses any other password with an EncryptedDocumentException). The listener follows the
     * sheet order given by the BOUNDSHEET records and passes only the requested sheets' cells on.
     */
    private WorkbookCells readDecrypting(POIFSFileSystem fs, List<SheetRequest> requests) throws Exception {
        DecryptingListener listener = new DecryptingListener(requests, limits.maxCellChars());
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(listener);
        new HSSFEventFactory().processWorkbookEvents(request, fs);
        if (listener.failure != null) {
            throw listener.failure;
        }
        Map<Integer, String> strings = new HashMap<>();
        BitSet cut = new BitSet();
        if (listener.sst != null) {
            for (int i = listener.refs.wanted().nextSetBit(0); i >= 0 && i < listener.sst.getNumUniqueStrings();
                 i = listener.refs.wanted().nextSetBit(i + 1)) {
                String s = listener.sst.getString(i).getString();
                if (s.length() > limits.maxCellChars()) {
                    s = s.substring(0, limits.maxCellChars());
                    cut.set(i);
                }
                strings.put(i, s);
            }
        }
        listener.refs.resolve(strings, cut, listener.truncated);
        List<String> names = listener.sheets.stream().map(BoundSheetRecord::getSheetname).toList();
        return new WorkbookCells(WorkbookCells.Format.XLS, names, listener.date1904, Map.copyOf(listener.cells),
                List.copyOf(listener.truncated));
    }

    private static final class DecryptingListener implements org.apache.poi.hssf.eventusermodel.HSSFListener {
        final List<BoundSheetRecord> sheets = new ArrayList<>();
        final List<String> truncated = CellSink.newTruncationList();
        final SharedStringRefs refs = new SharedStringRefs();
        final Map<String, SheetCells> cells = new LinkedHashMap<>();
        private final List<SheetRequest> requests;
        private final int maxChars;
        SSTRecord sst;
        boolean date1904;
        CellSink.OverLimitException failure;
        private BoundSheetRecord[] order;
        private int sheetIndex = -1;
        private int depth;
        private XlsCellRecords current;

        DecryptingListener(List<SheetRequest> requests, int maxChars) {
            this.requests = requests;
            this.maxChars = maxChars;
        }

        @Override
        public void processRecord(Record record) {
            if (failure != null) {
                return;
            }
            try {
                dispatch(record);
            } catch (CellSink.OverLimitException e) {
                failure = e;
            }
        }

        private void dispatch(Record record) throws CellSink.OverLimitException {
            if (record instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    startSheet();
                }
            } else if (record instanceof EOFRecord) {
                if (--depth == 0 && current != null) {
                    current.finish();
                    current = null;
                }
            } else if (record instanceof BoundSheetRecord b) {
                sheets.add(b);
            } else if (record instanceof DateWindow1904Record w) {
                date1904 = w.getWindowing() == 1;
            } else if (record instanceof SSTRecord s) {
                sst = s;
            } else if (current != null && depth == 1) {
                current.record(record);
            }
        }

        private void startSheet() {
            if (order == null) {
                order = BoundSheetRecord.orderByBofPosition(sheets);
            }
            sheetIndex++;
            current = null;
            if (sheetIndex >= order.length) {
                return;
            }
            String name = order[sheetIndex].getSheetname();
            for (SheetRequest request : requests) {
                if (request.sheetName().equalsIgnoreCase(name) && !cells.containsKey(request.sheetName())) {
                    CellSink sink = new CellSink(request, truncated);
                    cells.put(request.sheetName(), sink.cells());
                    current = new XlsCellRecords(sink, refs, maxChars, sst == null ? 0 : sst.getNumUniqueStrings());
                }
            }
        }
    }
}
