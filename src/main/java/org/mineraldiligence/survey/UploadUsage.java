package org.mineraldiligence.survey;

import java.time.Instant;

/** How many workbooks a survey received in a period, their bytes, and when the first of them came. */
public record UploadUsage(long files, long bytes, Instant firstReceivedAt) {
}
