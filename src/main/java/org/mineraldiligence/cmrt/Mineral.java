package org.mineraldiligence.cmrt;

/**
 * What a smelter or refiner processes: a CMRT 3TG {@link Metal} or an EMRT {@link ExtendedMineral}. The two
 * vocabularies stay apart (no value of one equals a value of the other, and no text parses into both), so a
 * reference list or a matcher partitioned by mineral never lets a cobalt refiner stand for a tin smelter.
 */
public sealed interface Mineral permits Metal, ExtendedMineral {

    /** The English name as the templates write it. */
    String label();

    /**
     * The mineral an RMI list or template names in its metal column: a 3TG metal leniently ({@link Metal#parse}),
     * else an extended mineral by its label; null when it is neither.
     */
    static Mineral parse(String text) {
        Mineral metal = Metal.parse(text).orElse(null);
        return metal != null ? metal : ExtendedMineral.fromText(text);
    }
}
