package org.mineraldiligence.cycle;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.mineraldiligence.cmrt.ExtendedMineral;

/**
 * A person's choice of templates as a page's check boxes send it: {@code CMRT} and the names of EMRT minerals
 * ({@code COBALT}, {@code MICA}, …). Anything else is refused with the value named, never read as something.
 */
public final class TemplateChoice {

    private TemplateChoice() {
    }

    public static RequestedTemplates parse(Collection<String> values) {
        boolean cmrt = false;
        Set<ExtendedMineral> minerals = EnumSet.noneOf(ExtendedMineral.class);
        for (String value : values == null ? Set.<String>of() : values) {
            String v = value == null ? "" : value.strip();
            if (v.equals("CMRT")) {
                cmrt = true;
            } else {
                minerals.add(mineral(v));
            }
        }
        RequestedTemplates chosen = new RequestedTemplates(cmrt, minerals);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Choose the CMRT, at least one EMRT mineral, or both.");
        }
        return chosen;
    }

    private static ExtendedMineral mineral(String value) {
        for (ExtendedMineral mineral : ExtendedMineral.values()) {
            if (mineral.name().equals(value)) {
                return mineral;
            }
        }
        throw new IllegalArgumentException("\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                + "\" is neither the CMRT nor an EMRT mineral (cobalt, copper, graphite, lithium, mica, nickel).");
    }

    /** Refuses a choice the cycle does not collect: the page offers only what it does. */
    public static RequestedTemplates withinCycle(RequestedTemplates chosen, RequestedTemplates collected) {
        if (!chosen.within(collected).equals(chosen)) {
            throw new IllegalArgumentException("This cycle collects " + collected.describe() + "; "
                    + chosen.describe() + " asks for more.");
        }
        return chosen;
    }
}
