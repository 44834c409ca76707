package org.mineraldiligence.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing without ever locking anyone out: after a few failed log-ins for a user name, or
 * from one client address, the next attempt must wait, and the wait doubles with every further failure up
 * to a ceiling. A successful log-in, or a quiet period without failures, forgets the count. Counts live in
 * memory only (per node). Time comes from the application's one clock.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration QUIET_PERIOD = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this user name and address must still wait before a password is checked (zero: go ahead). */
    Duration waitBeforeAttempt(String userId, String address) {
        Duration byUser = waitFor(userKey(userId));
        Duration byAddress = waitFor(addressKey(address));
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    void failed(String userId, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.values().removeIf(this::isQuiet);
        }
        Instant now = now();
        for (String key : new String[] {userKey(userId), addressKey(address)}) {
            failures.merge(key, new Failures(1, now),
                    (old, one) -> isQuiet(old) ? one : new Failures(old.count() + 1, now));
        }
    }

    void succeeded(String userId, String address) {
        failures.remove(userKey(userId));
        failures.remove(addressKey(address));
    }

    /** Forgets every count, as a restart would; lets tests that share one application start from zero. */
    public void forgetAll() {
        failures.clear();
    }

    static Duration delayAfter(int failureCount) {
        if (failureCount < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_FAILURES, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private Duration waitFor(String key) {
        Failures recorded = failures.get(key);
        if (recorded == null || isQuiet(recorded)) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now(), recorded.last().plus(delayAfter(recorded.count())));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private boolean isQuiet(Failures recorded) {
        return !recorded.last().plus(QUIET_PERIOD).isAfter(now());
    }

    private Instant now() {
        return clock.instant();
    }

    private static String userKey(String userId) {
        return "user:" + String.valueOf(userId).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
