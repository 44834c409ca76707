package org.mineraldiligence.smelter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A status as published by a source on a date. The published text is kept because the vocabulary changed over
 * the years and an auditor wants to see what the list actually said.
 */
public record SmelterStatus(String publishedText, CanonicalStatus canonical, LocalDate asOf) {

    public SmelterStatus {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(asOf, "asOf");
        publishedText = publishedText == null ? "" : publishedText.strip();
    }

    public static SmelterStatus unknown(LocalDate asOf) {
        return new SmelterStatus("", CanonicalStatus.UNKNOWN, asOf);
    }
}
