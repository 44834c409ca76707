package org.mineraldiligence.cmrt;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one writer and the one reader of a check result's JSON, bound to {@link CheckReport}. The command
 * line, the HTTP endpoint and the stored submissions write with it; pages, e-mails, the smelter assessment
 * and the reports read with it. The field names and their order are fixed by {@link CheckReport}.
 */
public final class CmrtJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CmrtJson() {
    }

    public static String toJson(CheckResult r) {
        try {
            return MAPPER.writeValueAsString(CheckReport.of(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(CheckResult r, OutputStream out) throws IOException {
        MAPPER.writeValue(out, CheckReport.of(r));
    }

    /** A stored or received check result; empty for a submission not checked yet (null or blank). */
    public static CheckReport read(String json) {
        if (json == null || json.isBlank()) {
            return new CheckReport(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null);
        }
        try {
            return MAPPER.readValue(json, CheckReport.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored check result is not JSON", e);
        }
    }
}
