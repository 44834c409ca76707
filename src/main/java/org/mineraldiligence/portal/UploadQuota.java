package org.mineraldiligence.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.survey.UploadUsage;
import org.springframework.stereotype.Component;

/**
 * Whether a survey may receive one more workbook of a given size ({@link UploadLimits}). One leaked link
 * must not fill the disk: what a survey has received in the last day and in the whole cycle is bounded.
 * Call it with the survey locked, so that parallel uploads are counted one after the other.
 */
@Component
class UploadQuota {

    private static final Duration DAY = Duration.ofDays(1);

    private final CmrtSubmissionRepository submissions;
    private final UploadLimits limits;

    UploadQuota(CmrtSubmissionRepository submissions, UploadLimits limits) {
        this.submissions = submissions;
        this.limits = limits;
    }

    Optional<UploadRefusal> check(long surveyId, long bytes, Instant now) {
        UploadUsage cycle = submissions.usageSince(surveyId, Instant.EPOCH);
        if (cycle.files() + 1 > limits.filesPerCycle() || cycle.bytes() + bytes > limits.bytesPerCycle().toBytes()) {
            return Optional.of(new UploadRefusal("You have sent " + files(cycle.files()) + " (" + megabytes(cycle.bytes())
                    + ") for this reporting year; we accept at most " + limits.filesPerCycle() + " files and "
                    + megabytes(limits.bytesPerCycle().toBytes()) + " in all.", null));
        }
        UploadUsage day = submissions.usageSince(surveyId, now.minus(DAY));
        if (day.files() + 1 > limits.filesPerDay() || day.bytes() + bytes > limits.bytesPerDay().toBytes()) {
            return Optional.of(new UploadRefusal("You have sent " + files(day.files()) + " (" + megabytes(day.bytes())
                    + ") in the last 24 hours; we accept at most " + limits.filesPerDay() + " files and "
                    + megabytes(limits.bytesPerDay().toBytes()) + " a day.",
                    (day.firstReceivedAt() == null ? now : day.firstReceivedAt()).plus(DAY)));
        }
        return Optional.empty();
    }

    private static String files(long count) {
        return count == 1 ? "1 file" : count + " files";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
