package org.mineraldiligence.cycle.scope;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.mineraldiligence.cycle.CycleSettings;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.RequestedTemplates;
import org.mineraldiligence.cycle.TemplateChoice;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which suppliers a cycle surveys. Computed from the master data by {@link ScopeRule} (spend coverage in the
 * reporting currency, unfree countries, Covered Countries), then changed by process owners, each change with
 * who, when and why, until the scope is confirmed. Suppliers left out get a row too, saying why not.
 */
@Service
public class CycleScope {

    static final int MIN_REASON_LENGTH = 10;

    private final ScopeEntryRepository entries;
    private final ExchangeRateRepository rates;
    private final SupplierRepository suppliers;
    private final ReportingCycleRepository cycles;
    private final CycleSettings settings;
    private final ScopeLists lists;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final Clock clock;

    CycleScope(ScopeEntryRepository entries, ExchangeRateRepository rates, SupplierRepository suppliers,
               ReportingCycleRepository cycles, CycleSettings settings, ScopeLists lists, JdbcTemplate jdbc,
               RuntimeService runtimeService, Clock clock) {
        this.clock = clock;
        this.entries = entries;
        this.rates = rates;
        this.suppliers = suppliers;
        this.cycles = cycles;
        this.settings = settings;
        this.lists = lists;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
    }

    /** Computes the scope of a cycle that has none yet; a second call leaves the first result alone. */
    @Transactional
    public ScopeCoverage compute(ReportingCycle cycle) {
        if (!cycle.isScoped()) {
            apply(cycle);
        }
        return coverage(cycle);
    }

    /**
     * Computes the scope again from today's master data and rates (after a rate or the reporting currency
     * changed), keeping every change a process owner made by hand.
     */
    @Transactional
    public void recompute(long cycleId) {
        ReportingCycle cycle = changeable(cycleId);
        apply(cycle);
        publish(cycle);
    }

    /** Why the coverage cannot be computed now, if it cannot. */
    public Optional<String> refusal(ReportingCycle cycle) {
        return rule(cycle).decide(suppliers.findForScope()) instanceof ScopeRule.MissingRates missing
                ? Optional.of(missing.message()) : Optional.empty();
    }

    public String reportingCurrency(ReportingCycle cycle) {
        return cycle.getReportingCurrency() != null ? cycle.getReportingCurrency() : settings.reportingCurrency();
    }

    private void apply(ReportingCycle cycle) {
        ScopeRule.Outcome outcome = rule(cycle).decide(suppliers.findForScope());
        // Only the automatic decisions are made again; those made by hand stay, with their spend updated.
        jdbc.update("DELETE FROM cycle_scope WHERE cycle_id = ? AND decided_by IS NULL", cycle.getId());
        if (!(outcome instanceof ScopeRule.Decided decided)) {
            cycle.unscoped();
            cycles.save(cycle);
            return;
        }
        Set<Long> byHand = Set.copyOf(jdbc.queryForList(
                "SELECT supplier_id FROM cycle_scope WHERE cycle_id = ?", Long.class, cycle.getId()));
        Timestamp now = Timestamp.from(now());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> spendUpdates = new ArrayList<>();
        for (ScopeRule.Decision decision : decided.decisions()) {
            var supplier = decision.supplier();
            if (byHand.contains(supplier.id())) {
                spendUpdates.add(new Object[] {decision.convertedSpend(), cycle.getId(), supplier.id()});
            } else {
                inserts.add(new Object[] {cycle.getId(), supplier.id(), decision.convertedSpend(),
                        supplier.direct() ? supplier.annualSpend() : null, supplier.currency(),
                        decision.basis().name(), decision.included(), decision.reason(), now});
            }
        }
        // Thousands of rows: batches instead of one entity insert each.
        jdbc.batchUpdate("""
                INSERT INTO cycle_scope (cycle_id, supplier_id, spend, original_spend, original_currency, basis,
                                         included, reason, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        jdbc.batchUpdate("UPDATE cycle_scope SET spend = ? WHERE cycle_id = ? AND supplier_id = ?", spendUpdates);
        cycle.scoped(settings.spendCoverage(), decided.directSpendTotal());
        cycles.save(cycle);
    }

    private ScopeRule rule(ReportingCycle cycle) {
        Map<String, BigDecimal> byCurrency = new HashMap<>();
        rates.findByCycleIdOrderByCurrency(cycle.getId()).forEach(rate -> byCurrency.put(rate.getCurrency(), rate.getRate()));
        return new ScopeRule(settings.spendCoverage(), reportingCurrency(cycle), byCurrency, lists.unfree(),
                lists.covered());
    }

    public ScopeCoverage coverage(ReportingCycle cycle) {
        ScopeSummary summary = entries.summarise(cycle.getId());
        return new ScopeCoverage(summary.suppliers(), summary.spendCovered(), cycle.getDirectSpendTotal(),
                cycle.getSpendCoverageTarget());
    }

    /**
     * Puts a supplier into the scope by hand, or back into it after a removal. The supplier is named by its
     * code, its name, or a part of its name that only one supplier has.
     */
    @Transactional
    public Supplier add(long cycleId, String supplierText, String reason, String who) {
        ReportingCycle cycle = changeable(cycleId);
        String why = checkedReason(reason);
        Supplier supplier = named(supplierText);
        ScopeEntry entry = entries.findByCycleIdAndSupplierId(cycleId, supplier.getId()).orElse(null);
        if (entry == null) {
            entries.save(new ScopeEntry(cycleId, supplier, convertedSpend(cycle, supplier), why, who, now()));
        } else if (entry.isIncluded()) {
            throw new ScopeChangeRefused(supplier.getCode() + " " + supplier.getName() + " is already in scope.");
        } else {
            entry.change(true, why, who, now());
        }
        publish(cycle);
        return supplier;
    }

    /** Puts a supplier from the list of those left out into the scope. */
    @Transactional
    public Supplier add(long cycleId, long supplierId, String reason, String who) {
        Supplier supplier = suppliers.findById(supplierId)
                .orElseThrow(() -> new ScopeChangeRefused("There is no such supplier."));
        return add(cycleId, supplier.getCode(), reason, who);
    }

    private Supplier named(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new ScopeChangeRefused("Name the supplier: its code or its name.");
        }
        Optional<Supplier> byCode = suppliers.findByCode(typed);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        List<Supplier> byName = suppliers.findByNameIgnoreCase(typed);
        if (byName.isEmpty()) {
            byName = suppliers.findByNameContainingIgnoreCaseOrderByName(typed, PageRequest.of(0, 6));
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.isEmpty()) {
            throw new ScopeChangeRefused("No supplier has the code or a name with \"" + typed + "\".");
        }
        throw new ScopeChangeRefused("Several suppliers match \"" + typed + "\" ("
                + String.join(", ", byName.stream().limit(5).map(s -> s.getName() + " (" + s.getCode() + ")").toList())
                + (byName.size() > 5 ? ", …" : "") + "): give the code or the full name.");
    }

    private BigDecimal convertedSpend(ReportingCycle cycle, Supplier supplier) {
        if (!supplier.isDirect() || supplier.getAnnualSpend() == null) {
            return null;
        }
        String currency = supplier.getCurrency();
        if (currency == null || currency.equals(reportingCurrency(cycle))) {
            return supplier.getAnnualSpend();
        }
        ExchangeRate rate = rates.findByCycleIdAndCurrency(cycle.getId(), currency)
                .orElseThrow(() -> new ScopeChangeRefused("The spend of " + supplier.getCode() + " is in " + currency
                        + ", which has no exchange rate yet: enter the rate first."));
        return supplier.getAnnualSpend().multiply(rate.getRate()).setScale(2, RoundingMode.HALF_UP);
    }

    @Transactional
    public void remove(long cycleId, long supplierId, String reason, String who) {
        ReportingCycle cycle = changeable(cycleId);
        String why = checkedReason(reason);
        ScopeEntry entry = entries.findByCycleIdAndSupplierId(cycleId, supplierId).filter(ScopeEntry::isIncluded)
                .orElseThrow(() -> new ScopeChangeRefused("That supplier is not in scope."));
        entry.change(false, why, who, now());
        publish(cycle);
    }

    /**
     * Asks one supplier in scope for these templates instead of what its commodity's mapping gives it, or,
     * with null, lets the mapping decide again. Only what the cycle collects may be chosen; like every scope
     * change, refused once the scope is confirmed.
     */
    @Transactional
    public void chooseTemplates(long cycleId, long supplierId, RequestedTemplates chosen, String who) {
        ReportingCycle cycle = changeable(cycleId);
        ScopeEntry entry = entries.findByCycleIdAndSupplierId(cycleId, supplierId).filter(ScopeEntry::isIncluded)
                .orElseThrow(() -> new ScopeChangeRefused("That supplier is not in scope."));
        if (chosen != null) {
            try {
                TemplateChoice.withinCycle(chosen, cycle.collects());
            } catch (IllegalArgumentException refused) {
                throw new ScopeChangeRefused(refused.getMessage());
            }
        }
        entry.chooseTemplates(chosen, who, now());
    }

    /** The templates chosen by hand for these suppliers of the cycle, by supplier id (the others have none). */
    @Transactional(readOnly = true)
    public Map<Long, RequestedTemplates> chosenTemplates(long cycleId, List<Long> supplierIds) {
        Map<Long, RequestedTemplates> chosen = new HashMap<>();
        entries.findByCycleIdAndSupplierIdIn(cycleId, supplierIds).stream().filter(entry -> entry.chosenTemplates() != null)
                .forEach(entry -> chosen.put(entry.getSupplier().getId(), entry.chosenTemplates()));
        return chosen;
    }

    /** The in-scope suppliers of one launch chunk: the n-th slice of the fixed order. */
    public List<Long> chunk(long cycleId, int chunk, int chunkSize) {
        return entries.inScopeSupplierIds(cycleId, PageRequest.of(chunk, chunkSize));
    }

    /** In-scope suppliers whose survey has ended with an outcome. */
    public long withOutcome(long cycleId) {
        return entries.countWithOutcome(cycleId);
    }

    ReportingCycle changeable(long cycleId) {
        ReportingCycle cycle = cycles.findById(cycleId)
                .orElseThrow(() -> new ScopeChangeRefused("There is no reporting cycle " + cycleId + "."));
        if (cycle.isScopeConfirmed() || !cycle.isOpen()) {
            throw new ScopeChangeRefused("The scope of " + cycle.label()
                    + " is confirmed and its surveys are launched: it can no longer change.");
        }
        return cycle;
    }

    private static String checkedReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON_LENGTH) {
            throw new ScopeChangeRefused("Give a reason of at least " + MIN_REASON_LENGTH
                    + " characters: it is kept as the evidence for the change.");
        }
        if (why.length() > 1000) {
            throw new ScopeChangeRefused("Keep the reason under 1000 characters.");
        }
        return why;
    }

    /** Keeps the Confirm scope task's figures current while the process owner changes the scope. */
    private void publish(ReportingCycle cycle) {
        entries.flush();
        if (cycle.getProcessInstanceId() == null) {
            return;
        }
        boolean running = runtimeService.createProcessInstanceQuery()
                .processInstanceId(cycle.getProcessInstanceId()).count() > 0;
        if (running) {
            ScopeCoverage coverage = coverage(cycle);
            runtimeService.setVariables(cycle.getProcessInstanceId(), Map.of(
                    "scopeSuppliers", coverage.suppliers(), "scopeCoverage", shown(cycle, coverage)));
        }
    }

    /** The coverage as the Confirm scope task shows it, or why there is none yet. */
    public String shown(ReportingCycle cycle, ScopeCoverage coverage) {
        return cycle.isScoped() ? coverage.sharePercent() : "not computed: an exchange rate is missing (see the scope page)";
    }

    private Instant now() {
        return clock.instant();
    }
}
