package org.mineraldiligence.portal;

import java.time.Instant;

/**
 * Why an upload was refused ({@link UploadQuota}), in the supplier's words.
 *
 * @param reason     what limit was reached, e.g. "You have sent 20 files (…) in the last 24 hours; …"
 * @param retryAfter when the daily limit frees up again, or null when the cycle's limit was reached
 */
public record UploadRefusal(String reason, Instant retryAfter) {
}
