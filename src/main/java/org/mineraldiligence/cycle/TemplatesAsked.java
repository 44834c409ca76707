package org.mineraldiligence.cycle;

import java.util.Map;
import java.util.Optional;

/**
 * What one supplier of a cycle is asked for, and why. In this order: the process owner's choice on the scope
 * page; else the mapping of the supplier's commodity; else everything the cycle collects. Each is cut down to
 * what the cycle collects, and a request that comes out empty (the mapping asks for the EMRT of a cycle that
 * collects the CMRT only) falls back to the cycle's collection: a survey never asks for nothing.
 *
 * @param collected the cycle's collection
 * @param byCommodity the mapping, keyed by {@link #commodityKey(String)}
 */
public record TemplatesAsked(RequestedTemplates collected, Map<String, RequestedTemplates> byCommodity) {

    /** The templates and the reason the scope page shows beside them. */
    public record Asked(RequestedTemplates templates, String why) {

        public String describe() {
            return templates.describe();
        }
    }

    public Asked of(String commodity, RequestedTemplates chosen) {
        if (chosen != null) {
            return cut(chosen, "chosen on the scope page");
        }
        RequestedTemplates mapped = byCommodity.get(commodityKey(commodity));
        if (mapped != null) {
            return cut(mapped, "mapping for " + commodity.strip());
        }
        return new Asked(collected, commodity == null || commodity.isBlank()
                ? "no commodity: what the cycle collects" : "no mapping for " + commodity.strip() + ": what the cycle collects");
    }

    private Asked cut(RequestedTemplates requested, String source) {
        RequestedTemplates within = requested.within(collected);
        if (within.isEmpty()) {
            return new Asked(collected, source + " (" + requested.describe()
                    + ") asks nothing this cycle collects: what the cycle collects");
        }
        return new Asked(within, within.equals(requested) ? source : source + ", cut to what the cycle collects");
    }

    /** "Batteries", " batteries " and "BATTERIES" are one commodity. */
    public static String commodityKey(String commodity) {
        return Optional.ofNullable(commodity).map(text -> text.strip().replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.ROOT)).orElse("");
    }
}
