package org.mineraldiligence.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A log-in refused before its password was checked, because too many attempts failed just before. */
class LoginDelayed extends AuthenticationException {

    private final Duration wait;

    LoginDelayed(Duration wait) {
        super("Too many failed log-ins. Try again in " + seconds(wait) + " seconds.");
        this.wait = wait;
    }

    long waitSeconds() {
        return seconds(wait);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
