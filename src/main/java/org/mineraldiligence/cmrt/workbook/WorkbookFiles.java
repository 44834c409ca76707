package org.mineraldiligence.cmrt.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens an uploaded file as a workbook, whatever it really is. Decides by content (magic bytes), never
 * by file name: a PDF renamed .xlsx, an encrypted workbook (an OLE2 container holding
 * EncryptionInfo) or an empty file each get their own plain-English reason. Every failure becomes an
 * {@link UnreadableWorkbookException} whose message contains nothing from the file.
 */
public final class WorkbookFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private final ReadLimits limits;

    /** POI's own JVM-wide limits are not set here but once at start-up ({@link PoiLimits}). */
    public WorkbookFiles(ReadLimits limits) {
        this.limits = limits;
    }

    public ReadLimits limits() {
        return limits;
    }

    public WorkbookCells read(Path file, List<SheetRequest> requests) throws UnreadableWorkbookException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("The file could not be opened.");
        }
        checkSize(size);
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("The file could not be opened.");
        }
        return readSniffed(file, head, n, requests);
    }

    /**
     * Reads an upload. The stream is copied (at most the size limit plus one byte) to a private temporary
     * file so the zip can be read lazily, part by part, exactly as from disk.
     */
    public WorkbookCells read(InputStream content, List<SheetRequest> requests) throws UnreadableWorkbookException {
        Path temp = null;
        try {
            temp = Files.createTempFile("cmrt-", ".upload");
            long copied;
            try (OutputStream out = Files.newOutputStream(temp)) {
                copied = copyBounded(content, out, limits.maxFileBytes() + 1);
            }
            checkSize(copied);
            return read(temp, requests);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("The upload could not be received completely.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the OS cleans the temp directory; nothing else to do
                }
            }
        }
    }

    private void checkSize(long size) throws UnreadableWorkbookException {
        if (size == 0) {
            throw new UnreadableWorkbookException("The file is empty (0 bytes). Please send the completed CMRT workbook.");
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableWorkbookException(String.format(Locale.ROOT,
                    "The file is larger than %d MB, far more than a CMRT needs (about 1.5 MB). "
                            + "Please send the workbook without embedded extras.", limits.maxFileBytes() >> 20));
        }
    }

    private static long copyBounded(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private WorkbookCells readSniffed(Path file, byte[] head, int n, List<SheetRequest> requests)
            throws UnreadableWorkbookException {
        if (startsWith(head, n, ZIP)) {
            return readXlsx(file, requests);
        }
        if (startsWith(head, n, OLE2)) {
            return readOle2(file, requests);
        }
        if (startsWith(head, n, PDF)) {
            throw new UnreadableWorkbookException("This is a PDF document, not an Excel workbook. "
                    + "Please send the CMRT as the original .xlsx file, not a PDF or scan.");
        }
        throw new UnreadableWorkbookException("This file is not an Excel workbook. "
                + "Please send the CMRT as the original .xlsx file downloaded from the RMI.");
    }

    private WorkbookCells readXlsx(Path file, List<SheetRequest> requests) throws UnreadableWorkbookException {
        try {
            return new XlsxCellReader(limits).read(file, requests);
        } catch (CellSink.OverLimitException e) {
            throw overLimit(e);
        } catch (GuardedZip.ZipBombException e) {
            throw zipBomb();
        } catch (XmlScanner.Malformed e) {
            throw unsafeXml();
        } catch (Exception | StackOverflowError e) {
            throw xlsxFailure(e);
        }
    }

    private static UnreadableWorkbookException overLimit(CellSink.OverLimitException e) {
        return new UnreadableWorkbookException(String.format(Locale.ROOT,
                "The %s sheet has data beyond row %d, more than the checker reads. "
                        + "Remove the extra rows (a CMRT holds at most a few thousand) and send it again.",
                e.sheet, e.maxRow));
    }

    private static UnreadableWorkbookException zipBomb() {
        return new UnreadableWorkbookException("The workbook expands to an implausible size when unzipped "
                + "(a possible zip bomb), so it was not read. Please send the original CMRT file.");
    }

    private static UnreadableWorkbookException unsafeXml() {
        return new UnreadableWorkbookException("The workbook's internal XML is malformed or uses features "
                + "refused for safety (such as a DOCTYPE or external entities). Please save it again with Excel.");
    }

    private static UnreadableWorkbookException xlsxFailure(Throwable e) {
        return new UnreadableWorkbookException("The workbook is damaged or incomplete (for example truncated during "
                + "upload) and cannot be opened. Please save it again in Excel and resend it.");
    }

    private WorkbookCells readOle2(Path file, List<SheetRequest> requests) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new UnreadableWorkbookException("The workbook is protected with a password to open. "
                        + "Please remove the open password (File > Info > Protect Workbook) and send it again.");
            }
            if (XlsCellReader.workbookStream(fs.getRoot()) == null) {
                throw new UnreadableWorkbookException(fs.getRoot().hasEntry("Book")
                        ? "This workbook is in the Excel 5.0/95 format, older than any CMRT. "
                                + "Please send the CMRT as an .xlsx file."
                        : "This Office file is not an Excel 97-2003 or newer workbook. "
                                + "Please send the CMRT as an .xlsx file.");
            }
            return new XlsCellReader(limits).read(fs, requests);
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (XlsCellReader.NotBiff8Exception e) {
            throw new UnreadableWorkbookException("This .xls file does not have the structure of an Excel 97-2003 "
                    + "workbook (it may be damaged, cut short or saved in an older Excel format). "
                    + "Please open it in Excel, save it as .xlsx and send it again.");
        } catch (CellSink.OverLimitException e) {
            throw overLimit(e);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("The workbook is protected with a password to open. "
                    + "Please remove the open password and send it again.");
        } catch (Exception | StackOverflowError e) {
            throw new UnreadableWorkbookException("The .xls workbook is damaged or incomplete and cannot be opened. "
                    + "Please save it again in Excel and resend it.");
        }
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
