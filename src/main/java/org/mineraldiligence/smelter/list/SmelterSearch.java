package org.mineraldiligence.smelter.list;

import java.util.List;
import java.util.Locale;

import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.Mineral;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.SmelterNameNormaliser;

/**
 * What an officer searches a list by; every part may be empty. Names are compared the way the matcher sees
 * them (case, accents, punctuation and legal forms ignored), so "Metalor" finds "METALOR Technologies S.A.".
 */
record SmelterSearch(String metal, String name, String country, String status) {

    List<ReferenceSmelter> in(ReferenceList list) {
        Mineral m = Mineral.parse(metal);
        CanonicalStatus s = status == null || status.isBlank() ? null : CanonicalStatus.valueOf(status);
        String nameKey = SmelterNameNormaliser.key(name == null ? "" : name);
        String rawName = lower(name);
        String countryText = lower(country);
        return list.smelters().stream()
                .filter(smelter -> m == null || smelter.mineral() == m)
                .filter(smelter -> s == null || smelter.status().canonical() == s)
                .filter(smelter -> countryText.isEmpty() || lower(smelter.country()).contains(countryText))
                .filter(smelter -> rawName.isEmpty() || smelter.smelterId().equalsIgnoreCase(rawName.strip())
                        || smelter.names().stream().anyMatch(n -> nameKey.isEmpty()
                                ? lower(n).contains(rawName) : SmelterNameNormaliser.key(n).contains(nameKey)))
                .toList();
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
