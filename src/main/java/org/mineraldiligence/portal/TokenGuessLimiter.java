package org.mineraldiligence.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of portal links: after a few unknown tokens from one address within a window,
 * that address is refused until the window passes. A person who mistyped a link is not affected.
 */
@Component
class TokenGuessLimiter {

    static final int ALLOWED_MISSES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private record Misses(int count, Instant since) {
    }

    private final Map<String, Misses> missesByAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    TokenGuessLimiter() {
        this(Clock.systemUTC());
    }

    TokenGuessLimiter(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Misses misses = missesByAddress.get(address);
        return misses != null && !expired(misses) && misses.count() >= ALLOWED_MISSES;
    }

    void recordMiss(String address) {
        if (missesByAddress.size() > MAX_TRACKED_ADDRESSES) {
            missesByAddress.values().removeIf(this::expired);
        }
        missesByAddress.merge(address, new Misses(1, clock.instant()),
                (old, one) -> expired(old) ? one : new Misses(old.count() + 1, old.since()));
    }

    private boolean expired(Misses misses) {
        return misses.since().plus(WINDOW).isBefore(clock.instant());
    }
}
