package org.mineraldiligence.cmrt.template;

import org.mineraldiligence.cmrt.SmelterIds;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.mineraldiligence.cmrt.workbook.CellValue;
import org.mineraldiligence.cmrt.workbook.SheetCells;

/**
 * The workbook's embedded Smelter Look-up and country list (spec §7), used as the fallback reference
 * when resolving rows whose formulas lack cached values and for look-up/country/ID plausibility. The
 * application's current RMI reference data should take precedence where it is available.
 */
public final class SmelterLookup {

    /** One look-up row. */
    public record Entry(String metal, String lookupName, String standardName, String country, String smelterId,
                        String source, String city, String state) {
    }

    private final Map<String, Entry> byMetalAndName = new HashMap<>();
    private final Map<String, Entry> byCid = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    public static SmelterLookup empty() {
        return new SmelterLookup();
    }

    public static SmelterLookup read(SheetCells lookup, SheetCells countrySheet) {
        SmelterLookup l = new SmelterLookup();
        if (lookup != null) {
            for (int r = 5; r <= lookup.lastRow(); r++) {
                String metal = Text.clean(text(lookup, r, 0));
                String alias = Text.clean(text(lookup, r, 1));
                if (metal == null || alias == null) {
                    continue;
                }
                Entry e = new Entry(metal, alias, Text.clean(text(lookup, r, 2)), Text.clean(text(lookup, r, 3)),
                        SmelterIds.normalise(text(lookup, r, 4)).orElse(null), Text.clean(text(lookup, r, 5)),
                        Text.clean(text(lookup, r, 7)), Text.clean(text(lookup, r, 8)));
                l.byMetalAndName.put(Text.key(metal) + "|" + Text.key(alias), e);
                if (e.smelterId() != null) {
                    l.byCid.putIfAbsent(e.smelterId(), e);
                }
            }
        }
        if (countrySheet != null) {
            for (int r = 2; r <= countrySheet.lastRow(); r++) {
                String name = Text.key(text(countrySheet, r, 1));
                if (name != null && !name.isEmpty()) {
                    l.countries.add(name);
                }
            }
        }
        return l;
    }

    private static String text(SheetCells s, int row, int col) {
        CellValue v = s.get(row, col);
        return v == null ? null : v.asText();
    }

    public boolean hasSmelters() {
        return !byMetalAndName.isEmpty();
    }

    public boolean hasCountries() {
        return !countries.isEmpty();
    }

    public Entry byMetalAndName(String metal, String lookupName) {
        return byMetalAndName.get(Text.key(metal) + "|" + Text.key(lookupName));
    }

    public Entry byCid(String cid) {
        return cid == null ? null : byCid.get(cid);
    }

    public boolean isCountry(String name) {
        return countries.contains(Text.key(name));
    }
}
