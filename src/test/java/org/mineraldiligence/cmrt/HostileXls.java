package org.mineraldiligence.cmrt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Hostile and odd .xls files, each derived from a real RMI template saved as .xls ({@link XlsTwin}) or an
 * OLE2 container built for the purpose. Public for the API test (survey package).
 */
public final class HostileXls {

    private static byte[] filled;

    private HostileXls() {
    }

    /** A valid CMRT 6.5 (company, answers, four smelters) saved as .xls: the file the lies are told in. */
    public static synchronized byte[] filled65() {
        if (filled == null) {
            filled = XlsTwin.of(CmrtFixture.validVariant("6.5", f -> { }));
        }
        return filled;
    }

    /** The filled CMRT 6.5 .xls protected with a password to open (RC4 CryptoAPI, as Excel 2003 writes it). */
    public static byte[] encrypted(String password) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(filled65()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Biff8EncryptionKey.setCurrentUserPassword(password);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * An Excel 5.0/95 workbook: a "Book" stream opening with a BIFF5 BOF (version 0x0500), or the same BIFF5
     * records in a "Workbook" stream, as some programs write them. POI cannot write BIFF5, so the records are
     * laid down by hand: BOF (version, workbook globals, build, year) and EOF.
     */
    public static byte[] excel95(String streamName) {
        byte[] bof = BiffSurgery.le(BiffSurgery.BOF, 8, 0x0500, 0x0005, 0x0DBB, 0x07CC);
        byte[] eof = BiffSurgery.le(BiffSurgery.EOF, 0);
        byte[] stream = new byte[bof.length + eof.length];
        System.arraycopy(bof, 0, stream, 0, bof.length);
        System.arraycopy(eof, 0, stream, bof.length, eof.length);
        return BiffSurgery.container(streamName, stream);
    }

    /** Another RMI template (EMRT, CRT, AMRT) saved as .xls. */
    public static byte[] otherTemplate(String fileName) {
        return XlsTwin.ofTemplate(fileName);
    }
}
