package org.mineraldiligence.mail;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mineral-diligence.mail.*}; defaults in application.yaml.
 *
 * @param from           sender address of every message
 * @param maxAttempts    delivery attempts before a message is FAILED
 * @param initialBackoff wait after the first failed attempt; doubles after each further one
 * @param pollInterval   how often due messages are looked for (read by {@link MailDelivery}'s schedule)
 * @param lockDuration   how long a node may hold a message it is sending before another node takes over;
 *                       keep it well above the SMTP time-outs
 */
@Validated
@ConfigurationProperties("mineral-diligence.mail")
public record MailSettings(@NotBlank String from,
                           @Min(1) int maxAttempts,
                           @NotNull Duration initialBackoff,
                           @NotNull Duration pollInterval,
                           @NotNull Duration lockDuration) {
}
