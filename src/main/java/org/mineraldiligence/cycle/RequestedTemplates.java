package org.mineraldiligence.cycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.mineraldiligence.cmrt.ExtendedMineral;

/**
 * Which RMI templates are asked for: the CMRT (3TG) and/or the EMRT with the extended minerals it must
 * cover. A cycle says what it collects, a supplier's commodity (or the scope page) what is asked of that
 * supplier; what a supplier is asked is always within what its cycle collects.
 * Stored as text: {@code "CMRT"}, {@code "EMRT:COBALT+MICA"}, {@code "CMRT,EMRT:COBALT"}.
 */
public record RequestedTemplates(boolean cmrt, Set<ExtendedMineral> emrtMinerals) {

    public static final RequestedTemplates CMRT_ONLY = new RequestedTemplates(true, Set.of());
    private static final RequestedTemplates NONE = new RequestedTemplates(false, Set.of());

    public RequestedTemplates {
        emrtMinerals = emrtMinerals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emrtMinerals));
    }

    public boolean emrt() {
        return !emrtMinerals.isEmpty();
    }

    public boolean isEmpty() {
        return !cmrt && !emrt();
    }

    /** The minerals in the declaration order of the EMRT, for display and storage. */
    public List<ExtendedMineral> emrtMineralsInOrder() {
        return Arrays.stream(ExtendedMineral.values()).filter(emrtMinerals::contains).toList();
    }

    /** The EMRT's minerals as stored: "COBALT+MICA" (empty when no EMRT is asked). */
    public String emrtMineralsText() {
        return emrtMineralsInOrder().stream().map(Enum::name).collect(Collectors.joining("+"));
    }

    /** Reads {@link #emrtMineralsText()}; a name that is not one of the six is refused. */
    public static Set<ExtendedMineral> mineralsOf(String text) {
        Set<ExtendedMineral> minerals = EnumSet.noneOf(ExtendedMineral.class);
        for (String name : text.split("\\+")) {
            minerals.add(ExtendedMineral.valueOf(name.trim()));
        }
        return minerals;
    }

    /** What both ask for: a supplier's mapping cut down to what its cycle collects. */
    public RequestedTemplates within(RequestedTemplates collected) {
        Set<ExtendedMineral> minerals = EnumSet.noneOf(ExtendedMineral.class);
        minerals.addAll(emrtMinerals);
        minerals.retainAll(collected.emrtMinerals);
        return new RequestedTemplates(cmrt && collected.cmrt, minerals);
    }

    public String format() {
        List<String> parts = new ArrayList<>();
        if (cmrt) {
            parts.add("CMRT");
        }
        if (emrt()) {
            parts.add("EMRT:" + emrtMineralsText());
        }
        return String.join(",", parts);
    }

    /** "CMRT and EMRT (cobalt, mica)": for pages and e-mails. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (cmrt) {
            parts.add("CMRT");
        }
        if (emrt()) {
            parts.add("EMRT (" + emrtMineralsInOrder().stream().map(m -> m.label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ")");
        }
        return parts.isEmpty() ? "nothing" : String.join(" and ", parts);
    }

    /**
     * Reads the stored text; anything else than the documented form is refused, since only our code writes
     * it (a person's choice arrives through a form and is turned into this record by our code).
     */
    public static RequestedTemplates parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        boolean cmrt = false;
        Set<ExtendedMineral> minerals = EnumSet.noneOf(ExtendedMineral.class);
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.equals("CMRT")) {
                cmrt = true;
            } else if (p.startsWith("EMRT:")) {
                minerals.addAll(mineralsOf(p.substring(5)));
            } else {
                throw new IllegalArgumentException("Not a template request: " + p);
            }
        }
        return new RequestedTemplates(cmrt, minerals);
    }
}
