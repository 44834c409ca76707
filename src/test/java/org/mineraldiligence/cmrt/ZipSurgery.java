package org.mineraldiligence.cmrt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Replaces one part of a real template's zip, for hostile fixtures POI itself would refuse to write. */
final class ZipSurgery {

    /** Writes the replacement part's content. */
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private ZipSurgery() {
    }

    static byte[] replace(byte[] xlsx, String partName, PartWriter content) {
        return replace(xlsx, Map.of(partName, content));
    }

    /**
     * The zip with the named parts' content written anew and every other entry copied as it is, still
     * compressed (inflating and deflating the 10 MB of XML in an RMI template would cost more than the
     * change), in the file's order.
     */
    static byte[] replace(byte[] xlsx, Map<String, PartWriter> contents) {
        int replaced = 0;
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(xlsx.length + xlsx.length / 4)) {
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
                Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry entry = entries.nextElement();
                    PartWriter content = contents.get(entry.getName());
                    if (content == null) {
                        out.addRawArchiveEntry(entry, in.getRawInputStream(entry));
                        continue;
                    }
                    ZipArchiveEntry written = new ZipArchiveEntry(entry.getName());
                    written.setMethod(ZipArchiveEntry.DEFLATED);
                    out.putArchiveEntry(written);
                    content.write(out);
                    out.closeArchiveEntry();
                    replaced++;
                }
                out.finish();
            }
            if (replaced != contents.size()) {
                throw new IllegalArgumentException("not all of " + contents.keySet() + " are in the file");
            }
            return bytes.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The workbook with its Declaration sheet replaced by 200 MB of spaces in D8, which deflate to about 200 kB. */
    static byte[] declarationBomb(byte[] xlsx) {
        return replace(xlsx, sheetPart(xlsx, "Declaration"), out -> {
            out.write("<worksheet><sheetData><row r=\"8\"><c r=\"D8\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });
    }

    static String part(byte[] xlsx, String partName) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(partName)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException(partName);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The zip part holding a sheet, found through workbook.xml and its relationships. */
    static String sheetPart(byte[] xlsx, String sheetName) {
        String workbook = part(xlsx, "xl/workbook.xml");
        Matcher m = Pattern.compile("<sheet name=\"" + Pattern.quote(sheetName) + "\"[^>]*r:id=\"(rId\\d+)\"").matcher(workbook);
        if (!m.find()) {
            throw new IllegalArgumentException(sheetName);
        }
        String rels = part(xlsx, "xl/_rels/workbook.xml.rels");
        Matcher t = Pattern.compile("Id=\"" + m.group(1) + "\"[^>]*Target=\"([^\"]+)\"|Target=\"([^\"]+)\"[^>]*Id=\""
                + m.group(1) + "\"").matcher(rels);
        if (!t.find()) {
            throw new IllegalArgumentException(sheetName);
        }
        return "xl/" + (t.group(1) != null ? t.group(1) : t.group(2));
    }
}
