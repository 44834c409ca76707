package org.mineraldiligence.cmrt.workbook;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndianInput;
import org.apache.poi.util.RecordFormatException;

/**
 * The workbook stream of an .xls, read forward through one 8 kB buffer and positioned by byte offset.
 * POI's own {@link DocumentInputStream} allocates an array for every number it reads and a buffer the size
 * of every skip, and can only skip by reading: opening it afresh at each sheet's offset read the stream
 * once per sheet. This reads it once, skipping forward from sheet to sheet (a sheet listed out of order
 * reopens the stream), and hands POI's {@link RecordInputStream} plain little-endian reads.
 */
final class BiffInput extends InputStream implements LittleEndianInput {

    private final POIFSFileSystem fs;
    private final String stream;
    private final long size;
    private final byte[] buffer = new byte[8192];
    private final byte[] scratch = new byte[8224]; // the largest record with its header
    private InputStream in;
    private int next;
    private int end;
    private long position;

    BiffInput(POIFSFileSystem fs, String stream) throws IOException {
        this.fs = fs;
        this.stream = stream;
        this.size = ((DocumentEntry) fs.getRoot().getEntry(stream)).getSize();
        reopen();
    }

    long size() {
        return size;
    }

    /** Bytes read so far: right after {@link RecordInputStream#nextRecord()} the record began 4 bytes back. */
    long position() {
        return position;
    }

    /** A buffer for passing over the rest of a record; one per stream, as a stream has one reader. */
    byte[] scratch() {
        return scratch;
    }

    /** Records from {@code offset} on (a fresh reader, since POI's reads ahead the next record's id). */
    RecordInputStream recordsAt(long offset) throws IOException {
        if (offset < position) {
            reopen();
        }
        skipBytes(offset - position);
        return new RecordInputStream(this);
    }

    private void reopen() throws IOException {
        if (in != null) {
            in.close();
        }
        in = fs.createDocumentInputStream(stream);
        next = 0;
        end = 0;
        position = 0;
    }

    private boolean fill() {
        if (next < end) {
            return true;
        }
        try {
            int n = in.read(buffer, 0, buffer.length);
            next = 0;
            end = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new RecordFormatException("the workbook stream could not be read");
        }
    }

    private void skipBytes(long n) {
        long left = n;
        while (left > 0 && fill()) {
            int step = (int) Math.min(left, end - next);
            next += step;
            position += step;
            left -= step;
        }
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        position++;
        return buffer[next++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int step = Math.min(len, end - next);
        System.arraycopy(buffer, next, b, off, step);
        next += step;
        position += step;
        return step;
    }

    @Override
    public long skip(long n) {
        long before = position;
        skipBytes(n);
        return position - before;
    }

    @Override
    public int available() {
        return (int) Math.max(0, size - position);
    }

    @Override
    public byte readByte() {
        return (byte) readUByte();
    }

    @Override
    public int readUByte() {
        int b = read();
        if (b < 0) {
            throw new RecordFormatException("the workbook stream ends inside a record");
        }
        return b;
    }

    @Override
    public short readShort() {
        return (short) readUShort();
    }

    @Override
    public int readUShort() {
        int lo = readUByte();
        return lo | readUByte() << 8;
    }

    @Override
    public int readInt() {
        int lo = readUShort();
        return lo | readUShort() << 16;
    }

    @Override
    public long readLong() {
        long lo = readInt() & 0xFFFFFFFFL;
        return lo | (long) readInt() << 32;
    }

    @Override
    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public void readFully(byte[] b) {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) {
        int done = 0;
        while (done < len) {
            int n = read(b, off + done, len - done);
            if (n < 0) {
                throw new RecordFormatException("the workbook stream ends inside a record");
            }
            done += n;
        }
    }

    @Override
    public void readPlain(byte[] b, int off, int len) {
        readFully(b, off, len);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
