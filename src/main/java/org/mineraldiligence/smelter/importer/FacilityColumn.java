package org.mineraldiligence.smelter.importer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an RMI-style facility list, recognised by words in the header rather than exact spelling:
 * RMI renamed them over the years ("Standard Smelter Name", "Facility Name"; "Audit Status", "Assessment
 * Status"; "Smelter ID", "Facility ID") and companies re-export them with their own headers.
 */
enum FacilityColumn {
    METAL, NAME, COUNTRY, SMELTER_ID, STATUS, LAST_AUDIT_DATE, AUDIT_CYCLE, ALIASES, COVERED_SOURCING;

    static final Set<FacilityColumn> REQUIRED = EnumSet.of(METAL, NAME, COUNTRY, SMELTER_ID, STATUS);

    /** Checked in this order because headers share words: "Last Audit Date" is a date, not a status. */
    static Optional<FacilityColumn> classify(String header) {
        String h = " " + Normalizer.normalize(header, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip() + " ";
        if (h.isBlank()) {
            return Optional.empty();
        }
        if (h.contains("alias") || h.contains("known as") || h.contains("other name")) {
            return Optional.of(ALIASES);
        }
        if (h.contains(" date")) {
            return Optional.of(LAST_AUDIT_DATE);
        }
        if (h.contains("cycle") || h.contains("frequency")) {
            return Optional.of(AUDIT_CYCLE);
        }
        if (h.contains("covered") || h.contains(" drc ")) {
            return Optional.of(COVERED_SOURCING);
        }
        if (h.contains("status")) {
            return Optional.of(STATUS);
        }
        if (h.contains(" id ") || h.contains(" cid ") || h.contains("identification") || h.contains(" number ")) {
            return Optional.of(SMELTER_ID);
        }
        if (h.contains("metal") || h.contains("mineral")) {
            return Optional.of(METAL);
        }
        if (h.contains("name") || h.equals(" smelter ") || h.equals(" facility ") || h.equals(" refiner ")) {
            return Optional.of(NAME);
        }
        if (h.contains("country") || h.contains("location")) {
            return Optional.of(COUNTRY);
        }
        return Optional.empty();
    }

    /** Column positions of a header row; the first column of a kind wins, later look-alikes are ignored. */
    static Map<FacilityColumn, Integer> positions(List<String> header) {
        Map<FacilityColumn, Integer> positions = new EnumMap<>(FacilityColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            classify(header.get(i) == null ? "" : header.get(i)).ifPresent(c -> positions.putIfAbsent(c, column));
        }
        return positions;
    }

    String label() {
        return Arrays.stream(name().split("_")).map(w -> w.toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}
