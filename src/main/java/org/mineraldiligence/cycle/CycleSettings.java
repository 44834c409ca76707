package org.mineraldiligence.cycle;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mineral-diligence.cycle.*}: how a reporting cycle scopes and launches.
 *
 * @param spendCoverage        share of direct spend the largest direct suppliers must cover together (the seed: 99 %)
 * @param unfreeCountries      countries whose direct suppliers are always in scope, whatever their spend; the
 *                             default is the Heritage Foundation's 2016 Index of Economic Freedom "repressed"
 *                             countries, the list the seed's company used; compared ignoring case and accents
 * @param launchChunkSize      surveys started in one transaction (one job) of the launch
 * @param outcomeCheckInterval how often a running cycle counts whether every supplier has an outcome
 */
@Validated
@ConfigurationProperties("mineral-diligence.cycle")
public record CycleSettings(
        @DefaultValue("0.99") @DecimalMin("0.01") @DecimalMax("1") BigDecimal spendCoverage,
        @DefaultValue({"North Korea", "Cuba", "Venezuela", "Zimbabwe", "Eritrea", "Republic of the Congo",
                "Equatorial Guinea", "Iran", "Turkmenistan", "Argentina", "Timor-Leste", "Kiribati", "Bolivia",
                "Ecuador", "Chad", "Central African Republic", "Angola"}) List<String> unfreeCountries,
        @DefaultValue("100") @Min(1) int launchChunkSize,
        @DefaultValue("P1D") Duration outcomeCheckInterval) {
}
