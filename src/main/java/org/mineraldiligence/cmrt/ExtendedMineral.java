package org.mineraldiligence.cmrt;

import java.util.Locale;

/**
 * The minerals of the RMI Extended Minerals Reporting Template (EMRT), in the alphabetical order the EMRT 2.x
 * Declaration lists them (D12 Cobalt, E12 Copper, G12 Graphite, D13 Lithium, E13 Mica, G13 Nickel). EMRT 1.x
 * asks for cobalt and mica only. A vocabulary of its own on purpose: {@link Metal} is the CMRT's 3TG, which
 * the reports, reference lists and matching are built on, and an EMRT mineral must never be taken for one.
 */
public enum ExtendedMineral implements Mineral {
    COBALT("Cobalt"), COPPER("Copper"), GRAPHITE("Graphite"), LITHIUM("Lithium"), MICA("Mica"), NICKEL("Nickel");

    private final String label;

    ExtendedMineral(String label) {
        this.label = label;
    }

    /** The English name as the EMRT's dropdowns and Smelter Look-up write it (column A), and used in JSON. */
    @Override
    public String label() {
        return label;
    }

    /**
     * A Smelter List or Mine List mineral as the template's dropdown writes it (case and padding forgiven);
     * null when it is none of the six.
     */
    public static ExtendedMineral fromText(String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (ExtendedMineral m : values()) {
            if (m.label.toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        return null;
    }
}
