package org.mineraldiligence.cycle;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mineral-diligence.cycle.*}: how a reporting cycle scopes and launches.
 *
 * @param spendCoverage        share of direct spend the largest direct suppliers must cover together (the seed: 99 %)
 * @param unfreeCountries      the list (a resource: alpha-2 TAB name per line) of countries whose direct
 *                             suppliers are always in scope, whatever their spend; the bundled default holds the
 *                             countries the Heritage Foundation's 2016 Index of Economic Freedom rates "Mostly
 *                             Unfree" or "Repressed", the index the seed's company used
 * @param coveredCountries     the list of Covered Countries (the DRC and its nine neighbours), whose direct
 *                             suppliers are always in scope
 * @param reportingCurrency    the currency a new cycle converts every supplier's spend to
 * @param exchangeRates        optional CSV resource (currency,rate,date,source) of rates every new cycle starts with
 * @param launchChunkSize      surveys started in one transaction (one job) of the launch
 * @param outcomeCheckInterval how often a running cycle counts whether every supplier has an outcome
 */
@Validated
@ConfigurationProperties("mineral-diligence.cycle")
public record CycleSettings(
        @DefaultValue("0.99") @DecimalMin("0.01") @DecimalMax("1") BigDecimal spendCoverage,
        @DefaultValue("classpath:scope/heritage-2016-unfree.tsv") String unfreeCountries,
        @DefaultValue("classpath:scope/covered-countries.tsv") String coveredCountries,
        @DefaultValue("USD") @Pattern(regexp = "[A-Z]{3}") String reportingCurrency,
        @DefaultValue("") String exchangeRates,
        @DefaultValue("100") @Min(1) int launchChunkSize,
        @DefaultValue("P1D") Duration outcomeCheckInterval) {
}
