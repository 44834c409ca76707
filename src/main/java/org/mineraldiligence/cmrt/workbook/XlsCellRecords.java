package org.mineraldiligence.cmrt.workbook;

import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Turns the cell records of one .xls sheet into {@link CellValue}s for a {@link CellSink}, exactly as the
 * POI user model would read them: a formula's cached string arrives in the STRING record that follows it,
 * shared strings are only referenced here (resolved later, like the .xlsx reader does) and blank or
 * styled-empty cells are not stored.
 */
final class XlsCellRecords {

    private final CellSink sink;
    private final SharedStringRefs refs;
    private final int maxChars;
    private final int sharedStrings;
    private FormulaRecord pendingString;

    /** @param sharedStrings how many strings the shared string table can hold; other indices read as blank */
    XlsCellRecords(CellSink sink, SharedStringRefs refs, int maxChars, int sharedStrings) {
        this.sink = sink;
        this.refs = refs;
        this.maxChars = maxChars;
        this.sharedStrings = sharedStrings;
    }

    /** False once the rows this sheet was asked for are behind us (cells come in row order). */
    boolean wantsMore(int row) {
        return !sink.pastLastRow(row);
    }

    /** A formula whose cached string never came reads as the empty string, as in the POI user model. */
    void finish() throws CellSink.OverLimitException {
        if (pendingString != null) {
            FormulaRecord f = pendingString;
            pendingString = null;
            emit(f.getRow() + 1, f.getColumn(), CellValue.string("", true), false);
        }
    }

    void record(Record record) throws CellSink.OverLimitException {
        if (record instanceof StringRecord s) {
            if (pendingString != null) {
                FormulaRecord f = pendingString;
                pendingString = null;
                text(f.getRow() + 1, f.getColumn(), s.getString(), true);
            }
            return;
        }
        if (record instanceof CellRecord || record instanceof MulRKRecord) {
            finish();
        }
        if (record instanceof LabelSSTRecord l) {
            int row = l.getRow() + 1;
            if (l.getSSTIndex() < 0 || l.getSSTIndex() >= sharedStrings) {
                emit(row, l.getColumn(), CellValue.string("", false), false); // no such string: blank, as when missing
            } else if (sink.wantsColumn(l.getColumn()) && !sink.pastLastRow(row)) {
                sink.accept(row, l.getColumn(), CellValue.string("\u0000", false), false);
                refs.add(sink.cells(), row, l.getColumn(), l.getSSTIndex(), false);
            }
        } else if (record instanceof NumberRecord n) {
            emit(n.getRow() + 1, n.getColumn(), CellValue.number(n.getValue(), false), false);
        } else if (record instanceof RKRecord rk) {
            emit(rk.getRow() + 1, rk.getColumn(), CellValue.number(rk.getRKNumber(), false), false);
        } else if (record instanceof MulRKRecord m) {
            for (int i = 0; i < m.getNumColumns(); i++) {
                emit(m.getRow() + 1, m.getFirstColumn() + i, CellValue.number(m.getRKNumberAt(i), false), false);
            }
        } else if (record instanceof LabelRecord l) {
            text(l.getRow() + 1, l.getColumn(), l.getValue(), false);
        } else if (record instanceof BoolErrRecord b) {
            emit(b.getRow() + 1, b.getColumn(), b.isBoolean()
                    ? CellValue.bool(b.getBooleanValue(), false) : CellValue.error(errorText(b.getErrorValue()), false), false);
        } else if (record instanceof FormulaRecord f) {
            formula(f);
        }
        // anything else (blanks, row headers, formats) holds nothing we store
    }

    private void formula(FormulaRecord f) throws CellSink.OverLimitException {
        int row = f.getRow() + 1;
        CellType type = f.getCachedResultTypeEnum();
        switch (type) {
            case NUMERIC -> emit(row, f.getColumn(), CellValue.number(f.getValue(), true), false);
            case BOOLEAN -> emit(row, f.getColumn(), CellValue.bool(f.getCachedBooleanValue(), true), false);
            case ERROR -> emit(row, f.getColumn(), CellValue.error(errorText((byte) f.getCachedErrorValue()), true), false);
            case STRING -> {
                if (f.hasCachedResultString()) {
                    pendingString = f; // the text is in the STRING record that follows
                } else {
                    emit(row, f.getColumn(), CellValue.string("", true), false);
                }
            }
            default -> emit(row, f.getColumn(), CellValue.formulaWithoutCache(), false);
        }
    }

    private void text(int row, int column, String s, boolean formula) throws CellSink.OverLimitException {
        String value = s == null ? "" : s;
        boolean cut = value.length() > maxChars;
        emit(row, column, CellValue.string(cut ? value.substring(0, maxChars) : value, formula), cut);
    }

    private void emit(int row, int column, CellValue value, boolean cut) throws CellSink.OverLimitException {
        sink.accept(row, column, value, cut);
    }

    static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
