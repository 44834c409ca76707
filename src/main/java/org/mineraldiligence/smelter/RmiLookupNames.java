package org.mineraldiligence.smelter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mineraldiligence.cmrt.Mineral;

/**
 * Every name the Smelter Look-up sheets of the CMRT templates 6.01 to 6.5 give a smelter id
 * ({@value #RESOURCE}), and of the EMRT templates 1.1 to 2.1 a refiner id ({@value #EMRT_RESOURCE}). Older revisions list former names and aliases that the newest one dropped, and facility
 * lists carry no aliases at all; the matcher adds these names to the reference smelter of the same id, but only
 * when metal (or extended mineral) and country agree, so that a list that reuses an id for something else is not taught wrong names.
 */
public final class RmiLookupNames {

    public static final String RESOURCE = "/smelter/rmi-lookup-names.tsv";
    public static final String EMRT_RESOURCE = "/smelter/emrt-lookup-names.tsv";
    /** No look-up names: the matcher uses the reference list's own names only. */
    public static final RmiLookupNames NONE = new RmiLookupNames(Map.of());

    private static volatile RmiLookupNames bundled;

    /** One name of a smelter id in some look-up revision. */
    record Name(String smelterId, Mineral mineral, String name, String country) {
    }

    private final Map<String, List<Name>> byId;

    private RmiLookupNames(Map<String, List<Name>> byId) {
        this.byId = byId;
    }

    /** The names shipped with the application, read once. */
    public static RmiLookupNames bundled() {
        if (bundled == null) {
            bundled = read();
        }
        return bundled;
    }

    /** The look-up names of this smelter that its own list lacks, when the look-ups agree on metal and country. */
    List<String> namesFor(ReferenceSmelter smelter) {
        List<String> names = new ArrayList<>();
        for (Name n : byId.getOrDefault(smelter.smelterId(), List.of())) {
            if (n.mineral() == smelter.mineral() && CountryNames.mayBeSame(n.country(), smelter.country())
                    && !smelter.names().contains(n.name())) {
                names.add(n.name());
            }
        }
        return names;
    }

    int size() {
        return byId.values().stream().mapToInt(List::size).sum();
    }

    private static RmiLookupNames read() {
        Map<String, List<Name>> byId = new HashMap<>();
        read(RESOURCE, byId);
        read(EMRT_RESOURCE, byId);
        return new RmiLookupNames(Map.copyOf(byId));
    }

    private static void read(String resource, Map<String, List<Name>> byId) {
        try (InputStream in = RmiLookupNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("smelter_id\t") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(c -> new Name(c[0], Objects.requireNonNull(Mineral.parse(c[1]), c[1]), c[2], c[3]))
                    .forEach(n -> byId.computeIfAbsent(n.smelterId(), k -> new ArrayList<>()).add(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
