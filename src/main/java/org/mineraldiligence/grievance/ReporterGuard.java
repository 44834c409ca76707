package org.mineraldiligence.grievance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.mineraldiligence.web.RateLimit;
import org.springframework.stereotype.Component;

/**
 * Slows down floods and link guessing on the public grievance pages. Addresses are counted in memory only,
 * under a salted hash that changes with every start, and are forgotten when their window passes: the
 * limit must not become a record of who reported.
 */
@Component
class ReporterGuard {

    static final int REPORTS_PER_ADDRESS_PER_HOUR = 5;
    static final int REPORTS_PER_HOUR = 200;
    static final int WRONG_LINKS_PER_ADDRESS = 10;

    private final byte[] salt = new byte[16];
    private final RateLimit reportsByAddress;
    private final RateLimit allReports;
    private final RateLimit wrongLinksByAddress;

    ReporterGuard() {
        this(Clock.systemUTC());
    }

    ReporterGuard(Clock clock) {
        new SecureRandom().nextBytes(salt);
        reportsByAddress = new RateLimit(REPORTS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1), clock);
        allReports = new RateLimit(REPORTS_PER_HOUR, Duration.ofHours(1), clock);
        wrongLinksByAddress = new RateLimit(WRONG_LINKS_PER_ADDRESS, Duration.ofMinutes(15), clock);
    }

    /** Whether one more report or addition from this address may be saved now; counts it when it may. */
    boolean admitReport(String address) {
        String key = keyOf(address);
        if (reportsByAddress.isExceeded(key) || allReports.isExceeded("all")) {
            return false;
        }
        reportsByAddress.record(key);
        allReports.record("all");
        return true;
    }

    boolean isGuessing(String address) {
        return wrongLinksByAddress.isExceeded(keyOf(address));
    }

    void recordWrongLink(String address) {
        wrongLinksByAddress.record(keyOf(address));
    }

    /** Forgets every count, as a restart would; lets tests that share one application start from zero. */
    void forgetAll() {
        reportsByAddress.forgetAll();
        allReports.forgetAll();
        wrongLinksByAddress.forgetAll();
    }

    private String keyOf(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
