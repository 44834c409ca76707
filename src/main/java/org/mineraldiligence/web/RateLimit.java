package org.mineraldiligence.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (an address, a form) within a fixed window and says when a key has had enough.
 * Memory only: nothing about who sent a request outlives the window or a restart.
 */
public final class RateLimit {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private record Count(int events, Instant since) {
    }

    private final int maxEvents;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public RateLimit(int maxEvents, Duration window, Clock clock) {
        this.maxEvents = maxEvents;
        this.window = window;
        this.clock = clock;
    }

    public boolean isExceeded(String key) {
        Count count = counts.get(key);
        return count != null && !expired(count) && count.events() >= maxEvents;
    }

    public void record(String key) {
        if (counts.size() > MAX_TRACKED_KEYS) {
            counts.values().removeIf(this::expired);
        }
        counts.merge(key, new Count(1, clock.instant()),
                (old, one) -> expired(old) ? one : new Count(old.events() + 1, old.since()));
    }

    public void forgetAll() {
        counts.clear();
    }

    private boolean expired(Count count) {
        return count.since().plus(window).isBefore(clock.instant());
    }
}
