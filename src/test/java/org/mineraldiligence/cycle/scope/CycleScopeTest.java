package org.mineraldiligence.cycle.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cycle.CycleScenario;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scoping on the shared database: this test's suppliers are tiny next to everyone else's spend, so only the
 * country rule or a process owner can bring them in.
 */
@H2ApplicationTest
class CycleScopeTest {

    @Autowired
    CycleScenario scenario;
    @Autowired
    CycleScope scope;
    @Autowired
    ScopeEntryRepository entries;
    @Autowired
    RuntimeService runtime;
    @LocalServerPort
    int port;

    Supplier biggest;
    Supplier unfreeDirect;
    Supplier unfreeIndirect;
    Supplier smallDirect;
    ProcessInstance instance;
    ReportingCycle cycle;

    @BeforeEach
    void computeScope() {
        // Larger than all other direct spend in the database together: the coverage rule must choose it.
        biggest = scenario.supplier("Germany", 900_000_000_000L, true);
        unfreeDirect = scenario.supplier("venezuela", 1L, true);
        unfreeIndirect = scenario.supplier("Cuba", 1L, false);
        smallDirect = scenario.supplier("Germany", 1L, true);
        instance = scenario.start(scenario.unusedYear());
        cycle = scenario.cycleOf(instance);
    }

    @Test
    void largestSpendAndDirectSuppliersInUnfreeCountriesAreInScopeWithTheirReasons() {
        ScopeEntry bySpend = entry(biggest);
        assertThat(bySpend.isIncluded()).isTrue();
        assertThat(bySpend.getBasis()).isEqualTo(ScopeEntry.Basis.SPEND_COVERAGE);
        assertThat(bySpend.getReason()).matches("Rank \\d+ by direct spend.*").contains("(target 99 %)");
        ScopeEntry byCountry = entry(unfreeDirect);
        assertThat(byCountry.getBasis()).isEqualTo(ScopeEntry.Basis.UNFREE_COUNTRY);
        assertThat(byCountry.getReason()).contains("In Venezuela, rated unfree").contains("2016 Index of Economic Freedom");
        ScopeEntry indirect = entry(unfreeIndirect);
        assertThat(indirect.isIncluded()).isFalse();
        assertThat(indirect.getReason()).startsWith("Indirect supplier");
        ScopeEntry small = entry(smallDirect);
        assertThat(small.isIncluded()).isFalse();
        assertThat(small.getBasis()).isEqualTo(ScopeEntry.Basis.LEFT_OUT);
        assertThat(small.getReason()).contains("below the 99 % line")
                .contains("Germany is neither a Covered Country nor rated unfree");

        ScopeCoverage coverage = scope.coverage(scenario.cycleOf(instance));
        assertThat(coverage.reachesTarget()).isTrue();
        assertThat(runtime.getVariables(instance.getId())).containsEntry("scopeSuppliers", coverage.suppliers())
                .containsEntry("scopeCoverage", coverage.sharePercent()).containsEntry("scopeTarget", "99 %");
    }

    @Test
    void processOwnerAddsAndRemovesSuppliersWithWhoWhenAndWhy() {
        long before = scope.coverage(cycle).suppliers();

        scope.add(cycle.getId(), smallDirect.getCode(), "Sole source of the tantalum capacitors", "olivia");
        scope.remove(cycle.getId(), unfreeDirect.getId(), "Sells us only packaging, no 3TG", "olivia");

        ScopeEntry added = entry(smallDirect);
        assertThat(added.isIncluded()).isTrue();
        assertThat(added.getBasis()).isEqualTo(ScopeEntry.Basis.MANUAL);
        assertThat(added.getDecidedBy()).isEqualTo("olivia");
        assertThat(added.getDecidedAt()).isNotNull();
        ScopeEntry removed = entry(unfreeDirect);
        assertThat(removed.isIncluded()).isFalse();
        assertThat(removed.getReason()).isEqualTo("Sells us only packaging, no 3TG");
        assertThat(scope.coverage(cycle).suppliers()).isEqualTo(before);
        assertThat(runtime.getVariable(instance.getId(), "scopeSuppliers")).isEqualTo(before);

        scope.add(cycle.getId(), unfreeDirect.getCode(), "Packaging turned out to contain tin solder", "olivia");
        assertThat(entry(unfreeDirect).isIncluded()).isTrue();
        assertThat(scope.coverage(cycle).suppliers()).isEqualTo(before + 1);
    }

    @Test
    void changesWithoutAReasonOrToUnknownSuppliersAreRefused() {
        assertThatThrownBy(() -> scope.remove(cycle.getId(), biggest.getId(), "no", "olivia"))
                .isInstanceOf(ScopeChangeRefused.class).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> scope.add(cycle.getId(), "NO-SUCH-CODE", "A reason long enough", "olivia"))
                .hasMessageContaining("No supplier has the code or a name with \"NO-SUCH-CODE\"");
        assertThatThrownBy(() -> scope.add(cycle.getId(), biggest.getCode(), "A reason long enough", "olivia"))
                .hasMessageContaining("already in scope");
        assertThat(entry(biggest).isIncluded()).isTrue();
    }

    @Test
    void computingAgainLeavesTheScopeAndItsChangesAlone() {
        scope.remove(cycle.getId(), biggest.getId(), "Acquired by a customer, not a supplier", "olivia");

        scope.compute(scenario.cycleOf(instance));

        assertThat(entry(biggest).isIncluded()).isFalse();
    }

    @Test
    void scopePageShowsCoverageAndKeepsATypedReasonWhenAChangeIsRefused() {
        WebSession session = new WebSession(port);
        session.logIn("olivia", "demo");
        String page = session.get("/cycles/" + cycle.getId() + "/scope").body();
        assertThat(page).contains("of direct spend").contains(biggest.getCode());

        String form = "supplier=NO-SUCH-CODE&reason=Kept+even+though+refused&_csrf="
                + WebSession.csrfTokenOf(page);
        String refused = session.postForm("/cycles/" + cycle.getId() + "/scope/add", form).body();
        assertThat(refused).contains("No supplier has the code or a name with").contains("Kept even though refused");

        WebSession reader = new WebSession(port);
        reader.logIn("cora", "demo");
        String readOnly = reader.get("/cycles/" + cycle.getId() + "/scope").body();
        assertThat(readOnly).contains(biggest.getCode()).doesNotContain("Add to scope");
        assertThat(reader.postForm("/cycles/" + cycle.getId() + "/scope/add", "supplier=X&reason=xxxxxxxxxxxx&_csrf="
                + WebSession.csrfTokenOf(readOnly)).statusCode()).isEqualTo(403);
    }

    private ScopeEntry entry(Supplier supplier) {
        return entries.findByCycleIdAndSupplierId(cycle.getId(), supplier.getId()).orElseThrow();
    }
}
