package org.mineraldiligence.cmrt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Edits the record stream of a real .xls (an {@link XlsTwin} of a real template), as {@link ZipSurgery} edits
 * the parts of an .xlsx: records are taken apart, changed, inserted or removed, and put back with every
 * sheet's offset (BOUNDSHEET) pointing at its BOF again, so that only the intended lie is in the file.
 */
public final class BiffSurgery {

    static final int BOF = 0x0809;
    static final int EOF = 0x000A;
    static final int BOUNDSHEET = 0x0085;
    static final int SST = 0x00FC;
    static final int CONTINUE = 0x003C;
    static final int EXTSST = 0x00FF;
    static final int LABELSST = 0x00FD;

    /** One record; {@code offset} is where it stood in the original stream (-1 for an inserted one). */
    public static final class Rec {
        final int sid;
        byte[] data;
        final int offset;
        /** A length to write instead of the data's (a record that lies about its length). */
        Integer claimedLength;

        Rec(int sid, byte[] data, int offset) {
            this.sid = sid;
            this.data = data;
            this.offset = offset;
        }

        static Rec of(int sid, byte[] data) {
            return new Rec(sid, data, -1);
        }
    }

    private BiffSurgery() {
    }

    /** The records of the .xls's Workbook stream, changed by {@code edit}, in a new OLE2 container. */
    public static byte[] rewrite(byte[] xls, Consumer<List<Rec>> edit) {
        List<Rec> records = records(stream(xls, "Workbook"));
        edit.accept(records);
        return container("Workbook", serialize(records));
    }

    static List<Rec> records(byte[] stream) {
        List<Rec> records = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
        while (in.remaining() >= 4) {
            int offset = in.position();
            int sid = in.getShort() & 0xFFFF;
            int length = in.getShort() & 0xFFFF;
            byte[] data = new byte[length];
            in.get(data);
            records.add(new Rec(sid, data, offset));
        }
        return records;
    }

    static byte[] serialize(List<Rec> records) {
        Map<Integer, Integer> moved = new HashMap<>();
        int at = 0;
        for (Rec r : records) {
            if (r.offset >= 0) {
                moved.put(r.offset, at);
            }
            at += 4 + r.data.length;
        }
        ByteBuffer out = ByteBuffer.allocate(at).order(ByteOrder.LITTLE_ENDIAN);
        for (Rec r : records) {
            byte[] data = r.data;
            if (r.sid == BOUNDSHEET) {
                data = data.clone();
                ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
                b.putInt(0, moved.getOrDefault(b.getInt(0), b.getInt(0)));
            }
            out.putShort((short) r.sid).putShort((short) (r.claimedLength != null ? r.claimedLength : data.length)).put(data);
        }
        return out.array();
    }

    /** Index of the first record of a sheet (its BOF), by the name in its BOUNDSHEET record. */
    static int sheetStart(List<Rec> records, String sheet) {
        int bofOffset = -1;
        for (Rec r : records) {
            if (r.sid == BOUNDSHEET && sheetName(r.data).equalsIgnoreCase(sheet)) {
                bofOffset = ByteBuffer.wrap(r.data).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
            }
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).offset == bofOffset) {
                return i;
            }
        }
        throw new IllegalArgumentException("no sheet " + sheet);
    }

    static int first(List<Rec> records, int from, int sid) {
        for (int i = from; i < records.size(); i++) {
            if (records.get(i).sid == sid) {
                return i;
            }
        }
        throw new IllegalArgumentException("no record " + Integer.toHexString(sid));
    }

    private static String sheetName(byte[] data) {
        int length = data[6] & 0xFF;
        boolean utf16 = (data[7] & 1) != 0;
        return utf16 ? new String(data, 8, 2 * length, StandardCharsets.UTF_16LE)
                : new String(data, 8, length, StandardCharsets.ISO_8859_1);
    }

    static byte[] stream(byte[] ole2, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole2))) {
            return fs.createDocumentInputStream(name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 container (what every .xls, .doc and .msg is) holding one stream. */
    static byte[] container(String streamName, byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(content), streamName);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] le(int... shortsOrInts) {
        ByteBuffer b = ByteBuffer.allocate(2 * shortsOrInts.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : shortsOrInts) {
            b.putShort((short) v);
        }
        return b.array();
    }
}
