package org.mineraldiligence.cycle.scope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mineraldiligence.cycle.CycleSettings;
import org.mineraldiligence.supplier.Countries;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The two country lists of the scope rule, read once at start-up from the configured resources: a list that
 * names a code ISO 3166-1 does not know stops the start, rather than silently leaving suppliers out.
 */
@Component
class ScopeLists {

    private final CountryList unfree;
    private final CountryList covered;

    ScopeLists(CycleSettings settings, ResourceLoader resources) {
        this.unfree = load(resources, settings.unfreeCountries());
        this.covered = load(resources, settings.coveredCountries());
    }

    CountryList unfree() {
        return unfree;
    }

    CountryList covered() {
        return covered;
    }

    private static CountryList load(ResourceLoader resources, String location) {
        Map<String, String> countries = new LinkedHashMap<>();
        try (InputStream in = resources.getResource(location).getInputStream()) {
            for (String[] line : Countries.tabSeparated(in)) {
                if (Countries.standard().byCode(line[0]).isEmpty()) {
                    throw new IllegalStateException(location + ": \"" + line[0] + "\" is not an ISO 3166-1 alpha-2 code");
                }
                countries.put(line[0].toUpperCase(java.util.Locale.ROOT), line.length > 1 ? line[1] : line[0]);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the country list " + location, unreadable);
        }
        return new CountryList(Map.copyOf(countries));
    }
}
