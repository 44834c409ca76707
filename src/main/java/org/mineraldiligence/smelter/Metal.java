package org.mineraldiligence.smelter;

import java.text.Normalizer;
import java.util.Optional;

/** The four conflict minerals (3TG) in the order CMRT workbooks list them. */
public enum Metal {
    GOLD("Gold", "Au"),
    TANTALUM("Tantalum", "Ta"),
    TIN("Tin", "Sn"),
    TUNGSTEN("Tungsten", "W");

    private final String label;
    private final String symbol;

    Metal(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** The spelling used in CMRT workbooks and RMI lists, e.g. "Gold". */
    public String label() {
        return label;
    }

    /** Accepts the label in any case, the enum name or the chemical symbol; suppliers write all three. */
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
