package org.mineraldiligence.cycle.scope;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mineraldiligence.cycle.CycleSettings;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.supplier.DirectSupplier;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which suppliers a cycle surveys. Computed once from the master data (spend coverage plus unfree countries),
 * then changed by process owners, each change with who, when and why, until the scope is confirmed.
 */
@Service
public class CycleScope {

    static final int MIN_REASON_LENGTH = 10;

    private final ScopeEntryRepository entries;
    private final SupplierRepository suppliers;
    private final ReportingCycleRepository cycles;
    private final CycleSettings settings;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;

    CycleScope(ScopeEntryRepository entries, SupplierRepository suppliers, ReportingCycleRepository cycles,
               CycleSettings settings, JdbcTemplate jdbc, RuntimeService runtimeService) {
        this.entries = entries;
        this.suppliers = suppliers;
        this.cycles = cycles;
        this.settings = settings;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
    }

    /** Computes the scope of a cycle that has none yet; a second call leaves the first result alone. */
    @Transactional
    public ScopeCoverage compute(ReportingCycle cycle) {
        if (entries.existsByCycleId(cycle.getId())) {
            return coverage(cycle);
        }
        List<DirectSupplier> direct = suppliers.findDirectSuppliers();
        SpendCoverage.Selection bySpend = SpendCoverage.select(direct, settings.spendCoverage());
        UnfreeCountries unfree = new UnfreeCountries(settings.unfreeCountries());
        String spendReason = "Among the largest direct suppliers that together cover "
                + settings.spendCoverage().movePointRight(2).stripTrailingZeros().toPlainString() + " % of direct spend";
        Timestamp now = Timestamp.from(now());
        List<Object[]> rows = new ArrayList<>();
        for (DirectSupplier supplier : bySpend.chosen()) {
            rows.add(row(cycle, supplier, ScopeEntry.Basis.SPEND_COVERAGE, spendReason, now));
        }
        List<Long> chosen = bySpend.chosen().stream().map(DirectSupplier::id).toList();
        Set<Long> alreadyIn = new HashSet<>(chosen);
        for (DirectSupplier supplier : direct) {
            if (unfree.contains(supplier.country()) && alreadyIn.add(supplier.id())) {
                rows.add(row(cycle, supplier, ScopeEntry.Basis.UNFREE_COUNTRY,
                        "Direct supplier in " + supplier.country() + ", on the list of unfree countries", now));
            }
        }
        // Thousands of rows: one batch instead of one entity insert each.
        jdbc.batchUpdate("""
                INSERT INTO cycle_scope (cycle_id, supplier_id, spend, basis, included, reason, decided_at)
                VALUES (?, ?, ?, ?, TRUE, ?, ?)""", rows);
        cycle.scoped(settings.spendCoverage(), bySpend.total());
        cycles.save(cycle);
        return coverage(cycle);
    }

    public ScopeCoverage coverage(ReportingCycle cycle) {
        ScopeSummary summary = entries.summarise(cycle.getId());
        return new ScopeCoverage(summary.suppliers(), summary.spendCovered(), cycle.getDirectSpendTotal(),
                cycle.getSpendCoverageTarget());
    }

    /** Puts a supplier into the scope by hand, or back into it after a removal. */
    @Transactional
    public void add(long cycleId, String supplierCode, String reason, String who) {
        ReportingCycle cycle = changeable(cycleId);
        String why = checkedReason(reason);
        Supplier supplier = suppliers.findByCode(supplierCode == null ? "" : supplierCode.strip())
                .orElseThrow(() -> new ScopeChangeRefused("There is no supplier with the code \"" + supplierCode + "\"."));
        ScopeEntry entry = entries.findByCycleIdAndSupplierId(cycleId, supplier.getId()).orElse(null);
        if (entry == null) {
            entries.save(new ScopeEntry(cycleId, supplier, why, who, now()));
        } else if (entry.isIncluded()) {
            throw new ScopeChangeRefused(supplier.getCode() + " is already in scope.");
        } else {
            entry.change(true, why, who, now());
        }
        publish(cycle);
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

    /** The in-scope suppliers of one launch chunk: the n-th slice of the fixed order. */
    public List<Long> chunk(long cycleId, int chunk, int chunkSize) {
        return entries.inScopeSupplierIds(cycleId, PageRequest.of(chunk, chunkSize));
    }

    /** In-scope suppliers whose survey has ended with an outcome. */
    public long withOutcome(long cycleId) {
        return entries.countWithOutcome(cycleId);
    }

    private ReportingCycle changeable(long cycleId) {
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
                    "scopeSuppliers", coverage.suppliers(), "scopeCoverage", coverage.sharePercent()));
        }
    }

    private static Object[] row(ReportingCycle cycle, DirectSupplier supplier, ScopeEntry.Basis basis, String reason,
                                Timestamp when) {
        BigDecimal spend = supplier.annualSpend();
        return new Object[] {cycle.getId(), supplier.id(), spend, basis.name(), reason, when};
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
