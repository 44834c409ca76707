package org.mineraldiligence.cycle.scope;

import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mineraldiligence.cycle.CycleSettings;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.tabular.DelimitedText;
import org.mineraldiligence.tabular.SourceRow;
import org.mineraldiligence.supplier.MasterDataRules;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's reporting currency and exchange rates: entered on the scope page or imported as CSV
 * ({@code currency,rate,date,source}; rate = value of one unit in the reporting currency). Every change
 * computes the scope again while it is not confirmed.
 */
@Service
public class ExchangeRates {

    /** One rate as typed or read, checked. */
    record Entry(String currency, BigDecimal rate, LocalDate date, String source) {
    }

    private final ExchangeRateRepository rates;
    private final ReportingCycleRepository cycles;
    private final CycleScope scope;
    private final CycleSettings settings;
    private final ResourceLoader resources;
    private final Clock clock;

    ExchangeRates(ExchangeRateRepository rates, ReportingCycleRepository cycles, CycleScope scope,
                  CycleSettings settings, ResourceLoader resources, Clock clock) {
        this.clock = clock;
        this.rates = rates;
        this.cycles = cycles;
        this.scope = scope;
        this.settings = settings;
        this.resources = resources;
    }

    /** A new cycle: the configured reporting currency and, when configured, the company's rates. */
    @Transactional
    public void start(ReportingCycle cycle) {
        cycle.setReportingCurrency(settings.reportingCurrency());
        cycles.save(cycle);
        if (settings.exchangeRates().isBlank()) {
            return;
        }
        try (InputStream in = resources.getResource(settings.exchangeRates()).getInputStream()) {
            List<String> problems = new ArrayList<>();
            List<Entry> read = read(new String(in.readAllBytes(), StandardCharsets.UTF_8), cycle, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(settings.exchangeRates() + ": " + String.join(" ", problems));
            }
            read.forEach(entry -> store(cycle.getId(), entry, null));
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read the exchange rates " + settings.exchangeRates(), unreadable);
        }
    }

    public List<ExchangeRate> of(long cycleId) {
        return rates.findByCycleIdOrderByCurrency(cycleId);
    }

    /** Enters or replaces one rate; refused with a message naming what is wrong. */
    @Transactional
    public void set(long cycleId, String currency, String rate, String date, String source, String who) {
        ReportingCycle cycle = scope.changeable(cycleId);
        List<String> problems = new ArrayList<>();
        Entry entry = entry(currency, rate, date, source, cycle, problems, "");
        if (!problems.isEmpty()) {
            throw new ScopeChangeRefused(String.join(" ", problems));
        }
        store(cycleId, entry, who);
        scope.recompute(cycleId);
    }

    /** Imports a CSV of rates: all of them, or none when a line has a problem. */
    @Transactional
    public int importCsv(long cycleId, byte[] content, String who) {
        ReportingCycle cycle = scope.changeable(cycleId);
        List<String> problems = new ArrayList<>();
        List<Entry> read = read(new String(content, StandardCharsets.UTF_8), cycle, problems);
        if (!problems.isEmpty()) {
            throw new ScopeChangeRefused("No rate was imported: " + String.join(" ", problems));
        }
        read.forEach(entry -> store(cycleId, entry, who));
        scope.recompute(cycleId);
        return read.size();
    }

    /** Changes the reporting currency; the rates, which were worth something in the old one, are dropped. */
    @Transactional
    public void changeReportingCurrency(long cycleId, String currency, String who) {
        ReportingCycle cycle = scope.changeable(cycleId);
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!MasterDataRules.isCurrency(code)) {
            throw new ScopeChangeRefused("\"" + currency + "\" is not a three-letter ISO currency code such as USD or EUR.");
        }
        if (!code.equals(scope.reportingCurrency(cycle))) {
            rates.deleteAll(rates.findByCycleIdOrderByCurrency(cycleId));
            rates.flush();
            cycle.setReportingCurrency(code);
            cycles.save(cycle);
            scope.recompute(cycleId);
        }
    }

    private void store(long cycleId, Entry entry, String who) {
        ExchangeRate rate = rates.findByCycleIdAndCurrency(cycleId, entry.currency())
                .orElseGet(() -> new ExchangeRate(cycleId, entry.currency()));
        rate.set(entry.rate(), entry.date(), entry.source(), who, now());
        rates.saveAndFlush(rate);
    }

    private List<Entry> read(String csv, ReportingCycle cycle, List<String> problems) {
        List<SourceRow> rows;
        try {
            rows = DelimitedText.rows(csv).stream().filter(row -> !row.isBlank()).toList();
        } catch (IOException unreadable) {
            problems.add("The file cannot be read as CSV.");
            return List.of();
        }
        if (rows.isEmpty()) {
            problems.add("The file is empty.");
            return List.of();
        }
        int first = rows.get(0).cell(0).strip().equalsIgnoreCase("currency") ? 1 : 0;
        Map<String, Entry> byCurrency = new LinkedHashMap<>();
        for (SourceRow row : rows.subList(first, rows.size())) {
            Entry entry = entry(row.cell(0), row.cell(1), row.cell(2), row.cell(3), cycle, problems,
                    "Line " + row.line() + ": ");
            if (entry != null && byCurrency.put(entry.currency(), entry) != null) {
                problems.add("Line " + row.line() + ": " + entry.currency() + " is given twice.");
            }
        }
        return List.copyOf(byCurrency.values());
    }

    private Entry entry(String currency, String rate, String date, String source, ReportingCycle cycle,
                        List<String> problems, String where) {
        int before = problems.size();
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!MasterDataRules.isCurrency(code)) {
            problems.add(where + "\"" + currency + "\" is not a three-letter ISO currency code such as EUR.");
        } else if (code.equals(scope.reportingCurrency(cycle))) {
            problems.add(where + code + " is the reporting currency: it needs no rate.");
        }
        BigDecimal value = decimal(rate);
        if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal("1E10")) >= 0 || value.scale() > 8) {
            problems.add(where + "The rate \"" + rate + "\" is not a positive number (what one " + code + " is worth in "
                    + scope.reportingCurrency(cycle) + ", e.g. 1.0832).");
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(where + "The date \"" + date + "\" is not a date like 2026-12-31.");
        }
        String from = source == null ? "" : source.strip();
        if (from.isEmpty() || from.length() > 200) {
            problems.add(where + "Name the source of the rate (e.g. ECB reference rate), in up to 200 characters.");
        }
        return problems.size() > before ? null : new Entry(code, value, day, from);
    }

    /** A rate as "1.0832" or "1,0832": one decimal mark, no grouping (rates are small numbers). */
    private static BigDecimal decimal(String text) {
        if (text == null || !text.strip().matches("\\d{1,10}([.,]\\d{1,12})?")) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.'));
    }

    private Instant now() {
        return clock.instant();
    }
}
