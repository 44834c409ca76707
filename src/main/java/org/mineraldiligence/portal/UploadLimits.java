package org.mineraldiligence.portal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mineral-diligence.portal.uploads.*}: what one survey may receive through its portal links, all of
 * them together (each opens the same survey, so counting per link would multiply the quota by the number of
 * e-mails). A day is the last 24 hours; a cycle is the survey's whole life. Defaults in application.yaml.
 */
@Validated
@ConfigurationProperties("mineral-diligence.portal.uploads")
public record UploadLimits(@Min(1) int filesPerDay, @NotNull DataSize bytesPerDay,
                           @Min(1) int filesPerCycle, @NotNull DataSize bytesPerCycle) {
}
