package org.mineraldiligence.cmrt.workbook;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.poi.poifs.filesystem.DocumentEntry;
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

    private record Globals(List<BoundSheetRecord> sheets, boolean date1904, boolean encrypted, boolean hasSst) {
    }

    WorkbookCells read(POIFSFileSystem fs, List<SheetRequest> requests) throws Exception {
        String stream = workbookStream(fs.getRoot());
        if (stream == null) {
            throw new NotBiff8Exception();
        }
        Globals globals = readGlobals(fs, stream);
        if (globals.encrypted()) {
            return readDecrypting(fs, requests);
        }
        List<String> names = globals.sheets().stream().map(BoundSheetRecord::getSheetname).toList();
        List<String> truncated = CellSink.newTruncationList();
        SharedStringRefs refs = new SharedStringRefs();
        Map<String, SheetCells> sheets = new LinkedHashMap<>();
        for (SheetRequest request : requests) {
            BoundSheetRecord sheet = find(globals.sheets(), request.sheetName());
            if (sheet == null) {
                continue;
            }
            CellSink sink = new CellSink(request, truncated);
            readSheet(fs, stream, sheet.getPositionOfBof(), new XlsCellRecords(sink, refs, limits.maxCellChars()));
            sheets.put(request.sheetName(), sink.cells());
        }
        if (!refs.isEmpty()) {
            Map<Integer, String> strings = new HashMap<>();
            BitSet cut = new BitSet();
            if (globals.hasSst()) {
                readSharedStrings(fs, stream, refs.wanted(), strings, cut);
            }
            refs.resolve(strings, cut, truncated);
        }
        return new WorkbookCells(WorkbookCells.Format.XLS, names, globals.date1904(), Map.copyOf(sheets), List.copyOf(truncated));
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

    private static RecordInputStream open(POIFSFileSystem fs, String stream, long offset) throws IOException, NotBiff8Exception {
        DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry(stream);
        if (offset < 0 || offset >= entry.getSize()) {
            throw new NotBiff8Exception();
        }
        InputStream in = fs.createDocumentInputStream(stream);
        if (in.skip(offset) != offset) {
            throw new NotBiff8Exception();
        }
        return new RecordInputStream(in);
    }

    /** Reads the first BOF at the stream's position; anything but a BIFF8 BOF of the expected type is refused. */
    private static void expectBof(RecordInputStream in, int type) throws NotBiff8Exception {
        if (!in.hasNextRecord()) {
            throw new NotBiff8Exception();
        }
        in.nextRecord();
        if (in.getSid() != BOFRecord.sid || in.remaining() < 4) {
            throw new NotBiff8Exception();
        }
        BOFRecord bof = new BOFRecord(in);
        skipRest(in);
        if (bof.getVersion() != BIFF8 || bof.getType() != type) {
            throw new NotBiff8Exception();
        }
    }

    private static Globals readGlobals(POIFSFileSystem fs, String stream) throws IOException, NotBiff8Exception {
        RecordInputStream in = open(fs, stream, 0);
        expectBof(in, BOFRecord.TYPE_WORKBOOK);
        List<BoundSheetRecord> sheets = new ArrayList<>();
        boolean date1904 = false;
        boolean sst = false;
        while (in.hasNextRecord()) {
            in.nextRecord();
            short sid = in.getSid();
            if (sid == EOFRecord.sid) {
                return new Globals(List.copyOf(sheets), date1904, false, sst);
            }
            if (sid == FilePassRecord.sid) {
                return new Globals(List.of(), false, true, false);
            }
            if (sid == BoundSheetRecord.sid) {
                sheets.add(new BoundSheetRecord(in));
            } else if (sid == DateWindow1904Record.sid) {
                date1904 = new DateWindow1904Record(in).getWindowing() == 1;
            } else if (sid == SSTRecord.sid) {
                sst = true;
            }
            skipRest(in);
        }
        throw new NotBiff8Exception(); // the globals never ended: truncated
    }

    private static void readSheet(POIFSFileSystem fs, String stream, int offset, XlsCellRecords cells) throws Exception {
        RecordInputStream in = open(fs, stream, offset);
        expectBof(in, BOFRecord.TYPE_WORKSHEET);
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
                if (record != null) {
                    if (record instanceof org.apache.poi.hssf.record.CellValueRecordInterface c
                            && !cells.wantsMore(c.getRow() + 1)) {
                        cells.finish();
                        return;
                    }
                    cells.record(record);
                }
            }
            skipRest(in);
        }
        cells.finish(); // a sheet cut off before its EOF: keep what was read
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
    private void readSharedStrings(POIFSFileSystem fs, String stream, BitSet wanted, Map<Integer, String> strings,
                                   BitSet cut) throws IOException, NotBiff8Exception {
        RecordInputStream in = open(fs, stream, 0);
        expectBof(in, BOFRecord.TYPE_WORKBOOK);
        while (in.hasNextRecord()) {
            in.nextRecord();
            short sid = in.getSid();
            if (sid == EOFRecord.sid) {
                return;
            }
            if (sid == SSTRecord.sid && in.remaining() >= 8) {
                in.readInt(); // total references
                int unique = in.readInt();
                int last = Math.min(unique - 1, wanted.length() - 1);
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
                return;
            }
            skipRest(in);
        }
    }

    private static void skipRest(RecordInputStream in) {
        byte[] scratch = null;
        int left;
        while ((left = in.remaining()) > 0) {
            if (scratch == null) {
                scratch = new byte[Math.min(left, 8224)];
            }
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
                    current = new XlsCellRecords(sink, refs, maxChars);
                }
            }
        }
    }
}
