package org.mineraldiligence.cmrt;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The four 3TG metals, in the order the CMRT's Declaration sheet lists them (Ta, Sn, Au, W). The one
 * vocabulary of metals: workbooks, reference lists, matching and reports all use it.
 */
public enum Metal implements Mineral {
    TANTALUM("Tantalum", "Ta"), TIN("Tin", "Sn"), GOLD("Gold", "Au"), TUNGSTEN("Tungsten", "W");

    private final String label;
    private final String symbol;

    Metal(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** The English name as stored in the template's dropdowns and RMI lists, and used in JSON. */
    @Override
    public String label() {
        return label;
    }

    /**
     * A Smelter List metal value as the template's dropdown writes it (case and padding forgiven); null when it
     * is none of the four. Strict on purpose: the RMI Checker refuses "Au" in that column, so must we.
     */
    public static Metal fromText(String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Metal m : values()) {
            if (m.label.toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Lenient reading for lists and imports people compile by hand: the label in any case, the enum name or
     * the chemical symbol, after Unicode normalisation.
     */
    public static Optional<Metal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        for (Metal m : values()) {
            if (m.label.equalsIgnoreCase(t) || m.name().equalsIgnoreCase(t) || m.symbol.equalsIgnoreCase(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
