package org.mineraldiligence.cmrt;

import org.mineraldiligence.cmrt.check.CmrtChecker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The real RMI workbooks copied into src/test/resources, and the policy the tests check with. */
final class Templates {

    static final String[] CMRT_6 = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.4-english", "6.5"};

    /** Reporting year 2025, "today" 1 March 2026, minimum revision 6.01 unless a test says otherwise. */
    static final CheckPolicy POLICY = new CheckPolicy("6.01", 2025,
            Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private Templates() {
    }

    static Path cmrt(String version) {
        return resource("RMI_CMRT_" + version + ".xlsx");
    }

    static Path resource(String fileName) {
        try {
            var url = Templates.class.getResource("/cmrt/templates/" + fileName);
            if (url == null) {
                throw new IllegalArgumentException("no template " + fileName);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path p) {
        try (InputStream in = java.nio.file.Files.newInputStream(p)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CmrtChecker checker() {
        return new CmrtChecker(POLICY);
    }
}
