package org.mineraldiligence.cmrt;

import java.util.Locale;

/** The four 3TG metals, in the order the Declaration sheet lists them (Ta, Sn, Au, W). */
public enum Metal {
    TANTALUM("Tantalum"), TIN("Tin"), GOLD("Gold"), TUNGSTEN("Tungsten");

    private final String label;

    Metal(String label) {
        this.label = label;
    }

    /** The English name as stored in the template's dropdowns and used in JSON. */
    public String label() {
        return label;
    }

    /** Matches a Smelter List metal value leniently (case, padding); null when it is none of the four. */
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
}
