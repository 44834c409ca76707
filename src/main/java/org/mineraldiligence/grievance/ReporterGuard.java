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
 * limit must not become a record of who reported. The address is the client's own, also behind a trusted
 * reverse proxy (server.forward-headers-strategy). Beyond each address's budget, a ceiling over all
 * addresses only slows a flood down for a minute: it never closes the form for the rest of the hour.
 */
@Component
class ReporterGuard {

    static final int REPORTS_PER_ADDRESS_PER_HOUR = 5;
    static final int REPORTS_PER_MINUTE = 30;
    static final int WRONG_LINKS_PER_ADDRESS = 10;

    private final byte[] salt = new byte[16];
    private final RateLimit reportsByAddress;
    private final RateLimit allReports;
    private final RateLimit wrongLinksByAddress;

    ReporterGuard(Clock clock) {
        new SecureRandom().nextBytes(salt);
        reportsByAddress = new RateLimit(REPORTS_PER_ADDRESS_PER_HOUR, Duration.ofHours(1), clock);
        allReports = new RateLimit(REPORTS_PER_MINUTE, Duration.ofMinutes(1), clock);
        wrongLinksByAddress = new RateLimit(WRONG_LINKS_PER_ADDRESS, Duration.ofMinutes(15), clock);
    }

    /** What a reporter at this address is told when a report or an addition may not be saved now. */
    enum Admission {
        ADMITTED,
        /** This address has sent its budget for the hour. */
        TRY_IN_AN_HOUR,
        /** Everyone together is over the ceiling for the minute. */
        TRY_IN_A_MINUTE
    }

    /** Whether one more report or addition from this address may be saved now; counts it when it may. */
    Admission admitReport(String address) {
        String key = keyOf(address);
        if (reportsByAddress.isExceeded(key)) {
            return Admission.TRY_IN_AN_HOUR;
        }
        if (allReports.isExceeded("all")) {
            return Admission.TRY_IN_A_MINUTE;
        }
        reportsByAddress.record(key);
        allReports.record("all");
        return Admission.ADMITTED;
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
