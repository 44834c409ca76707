package org.mineraldiligence.cmrt.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The .xlsx container, read part by part with the JDK's native zip, guarded like POI's ZipSecureFile:
 * a part that inflates beyond the entry limit, or (after a 1 MB grace) more than 1/minInflateRatio
 * times its compressed size, aborts the read as a zip bomb.
 */
final class GuardedZip implements AutoCloseable {

    private static final long GRACE_BYTES = 1L << 20;

    private final ZipFile zip;
    private final ReadLimits limits;

    GuardedZip(Path file, ReadLimits limits) throws IOException {
        this.zip = new ZipFile(file.toFile());
        this.limits = limits;
    }

    /** The part, or null if the package has none by that name. */
    InputStream open(String partName) throws IOException {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        return new Guard(zip.getInputStream(entry), entry.getCompressedSize());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Signals a part that inflates implausibly. */
    static final class ZipBombException extends IOException {
        ZipBombException() {
            super((String) null);
        }
    }

    private final class Guard extends FilterInputStream {
        private final long compressed;
        private long inflated;

        Guard(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            inflated += n;
            if (inflated > limits.maxEntryBytes()) {
                throw new ZipBombException();
            }
            if (inflated > GRACE_BYTES && compressed > 0 && (double) compressed / inflated < limits.minInflateRatio()) {
                throw new ZipBombException();
            }
        }
    }
}
