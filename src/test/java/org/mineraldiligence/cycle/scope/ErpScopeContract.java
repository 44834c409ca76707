package org.mineraldiligence.cycle.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cycle.CycleScenario;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.supplier.importer.ImportPreview;
import org.mineraldiligence.supplier.importer.ImportReport;
import org.mineraldiligence.supplier.importer.SupplierImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An SAP-style supplier export, read as a process owner would import it: mapped columns, EUR and USD spend,
 * countries spelled every which way; then the cycle's scope, with the Covered-Country and unfree-country
 * suppliers in scope whatever their spend, and each supplier's reason. Run on H2 and on PostgreSQL.
 */
abstract class ErpScopeContract {

    @Autowired
    SupplierImport supplierImport;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    CycleScenario scenario;
    @Autowired
    CycleScope scope;
    @Autowired
    ExchangeRates exchangeRates;
    @Autowired
    ScopeEntryRepository entries;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ReportingCycleRepository cycles;

    final String prefix = "E" + UUID.randomUUID().toString().substring(0, 8) + "-";

    /** 32 rows, as SAP writes them; the first supplier's spend outweighs every other test's together. */
    String export() {
        List<String> lines = new ArrayList<>();
        lines.add("Vendor;Vendor Name 1;Ctry;Buyer (User);Spend FY2025;Curr.;Direct/Indirect;E-Mail;Payment terms");
        lines.add(row("01", "Rheinland Leiterplatten GmbH", "DEU", "", "2.000.000.000.000,00", "EUR", "ada@rhein.example"));
        lines.add(row("02", "Goldline Connectors Inc.", "USA", "", "150000000000", "usd", "sam@goldline.example"));
        lines.add(row("03", "Kivu Gold Doré SARL", "Congo, Democratic Republic of the", "", "1200", "USD", "kivu@dore.example"));
        lines.add(row("04", "Kigali Tantalum Ltd", "RWA", "", "900,00", "EUR", "tantalum@kigali.example"));
        lines.add(row("05", "Altiplano Tin SA", "Bolivia, Plurinational State of", "", "500", "USD", "tin@altiplano.example"));
        lines.add(row("06", "Kampala Metals", "UG", "", "300", "USD", "info@kampala.example"));
        lines.add(row("07", "Cebu Solder Corp", "Philippines", "", "700", "USD", "cebu@solder.example"));
        lines.add(row("08", "Stars and Stripes Supply", "U.S.", "", "400", "USD", "stars@stripes.example"));
        for (int i = 9; i <= 32; i++) {
            lines.add(row(String.format("%02d", i), "Bavarian Parts " + i, i % 2 == 0 ? "Germany" : "de", "", "100", "EUR",
                    "parts" + i + "@bavaria.example"));
        }
        return String.join("\n", lines) + "\n";
    }

    String row(String number, String name, String country, String buyer, String spend, String currency, String email) {
        return String.join(";", prefix + number, name, country.contains(",") || spend.contains(",") ? quoted(country) : country,
                buyer, quoted(spend), currency, "Direct", email, "30 days");
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    @Test
    void sapExportIsMappedImportedAndScopedWithCoveredAndUnfreeSuppliersAndTheirReasons() {
        ImportPreview preview = (ImportPreview) supplierImport.stage(export().getBytes(StandardCharsets.UTF_8),
                "LFA1_export.csv", "olivia");
        assertThat(preview.headers()).startsWith("Vendor", "Vendor Name 1", "Ctry", "Buyer (User)", "Spend FY2025", "Curr.");
        assertThat(preview.proposed()).startsWith("CODE", "NAME", "COUNTRY", "COMMODITY_MANAGER", "SPEND", "CURRENCY",
                "DIRECT", "CONTACT_EMAIL", "");
        assertThat(preview.firstRows()).hasSize(5);

        ImportReport report = supplierImport.confirm(preview.token(), preview.proposed(), "olivia");

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(32);
        assertThat(report.ignoredColumns()).containsExactly("Payment terms");
        assertThat(supplier("02").getCountryCode()).isEqualTo("US");
        assertThat(supplier("08").getCountry()).isEqualTo("United States");
        assertThat(supplier("03").getCountry()).isEqualTo("Democratic Republic of the Congo");
        assertThat(supplier("04").getCountryCode()).isEqualTo("RW");
        assertThat(supplier("10").getCountryCode()).isEqualTo("DE");
        assertThat(supplier("11").getCountryCode()).isEqualTo("DE");
        assertThat(supplier("02").getCurrency()).isEqualTo("USD");

        ProcessInstance instance = scenario.start(scenario.unusedYear());
        ReportingCycle cycle = scenario.cycleOf(instance);
        assertThat(cycle.isScoped()).isTrue();
        assertThat(cycle.getReportingCurrency()).isEqualTo("USD");

        ScopeEntry biggest = entry(cycle, "01");
        assertThat(biggest.getBasis()).isEqualTo(ScopeEntry.Basis.SPEND_COVERAGE);
        // EUR at the test rate of 1.10: 2,000,000,000,000 EUR are 2,200,000,000,000 USD.
        assertThat(biggest.getSpend()).isEqualByComparingTo("2200000000000.00");
        assertThat(biggest.getOriginalSpend()).isEqualByComparingTo("2000000000000.00");
        assertThat(biggest.getOriginalCurrency()).isEqualTo("EUR");
        assertThat(biggest.getReason()).startsWith("Rank 1 by direct spend");

        ScopeEntry drc = entry(cycle, "03");
        assertThat(drc.isIncluded()).isTrue();
        assertThat(drc.getBasis()).isEqualTo(ScopeEntry.Basis.COVERED_COUNTRY);
        assertThat(drc.getReason()).contains("In Democratic Republic of the Congo, a Covered Country")
                .contains("rated unfree (Mostly Unfree or Repressed) by the Heritage Foundation's 2016 Index");
        ScopeEntry rwanda = entry(cycle, "04");
        assertThat(rwanda.isIncluded()).isTrue();
        assertThat(rwanda.getBasis()).isEqualTo(ScopeEntry.Basis.COVERED_COUNTRY);
        // Rwanda ranked 71st ("moderately free") in the 2016 Index: it is in scope as a Covered Country only.
        assertThat(rwanda.getReason()).doesNotContain("unfree");
        assertThat(rwanda.getSpend()).isEqualByComparingTo("990.00");
        ScopeEntry uganda = entry(cycle, "06");
        assertThat(uganda.getBasis()).isEqualTo(ScopeEntry.Basis.COVERED_COUNTRY);
        ScopeEntry bolivia = entry(cycle, "05");
        assertThat(bolivia.isIncluded()).isTrue();
        assertThat(bolivia.getBasis()).isEqualTo(ScopeEntry.Basis.UNFREE_COUNTRY);
        assertThat(bolivia.getReason()).contains("In Bolivia, rated unfree");

        ScopeEntry cebu = entry(cycle, "07");
        assertThat(cebu.isIncluded()).isFalse();
        assertThat(cebu.getReason()).contains("below the 99 % line")
                .contains("Philippines is neither a Covered Country nor rated unfree");
        assertThat(entries.search(cycle.getId(), false, (prefix + "07").toLowerCase(), PageRequest.of(0, 10)).getContent())
                .extracting(entry -> entry.getSupplier().getCode()).containsExactly(prefix + "07");

        scope.add(cycle.getId(), "Cebu Solder Corp", "Sole source of the tin solder paste", "olivia");
        assertThat(entry(cycle, "07").isIncluded()).isTrue();
        assertThat(entry(cycle, "07").getBasis()).isEqualTo(ScopeEntry.Basis.MANUAL);
        assertThat(entry(cycle, "07").getDecidedBy()).isEqualTo("olivia");
    }

    @Test
    void aCurrencyWithoutARateStopsTheCoverageNamingTheCurrencyAndTheSuppliers() {
        Supplier krone = scenario.supplier("Norway", 5_000L, true);
        krone.setSpend(BigDecimal.valueOf(5_000), "NOK");
        suppliers.save(krone);
        try {
            ProcessInstance instance = scenario.start(scenario.unusedYear());
            ReportingCycle cycle = scenario.cycleOf(instance);

            assertThat(cycle.isScoped()).isFalse();
            assertThat(scope.coverage(cycle).suppliers()).isZero();
            assertThat(scope.refusal(cycle)).hasValueSatisfying(message -> assertThat(message)
                    .contains("NOK has no rate").contains(krone.getCode()));
            assertThat(runtime.getVariable(instance.getId(), "scopeCoverage")).asString().startsWith("not computed");
            assertThatThrownBy(() -> scenario.complete(instance, "olivia", Map.of("scopeConfirmed", true)))
                    .hasMessageContaining("NOK has no rate").hasMessageContaining(krone.getCode());
            assertThat(scenario.cycleOf(instance).isScopeConfirmed()).isFalse();

            assertThatThrownBy(() -> exchangeRates.set(cycle.getId(), "NOK", "1.234,5", "31.12.2026", "", "olivia"))
                    .isInstanceOf(ScopeChangeRefused.class).hasMessageContaining("The rate \"1.234,5\" is not a positive number")
                    .hasMessageContaining("The date \"31.12.2026\" is not a date").hasMessageContaining("Name the source");
            Supplier byHand = scenario.supplier("Germany", 1L, true);
            scope.add(cycle.getId(), byHand.getCode(), "Sole source of gold bond wire", "olivia");
            exchangeRates.set(cycle.getId(), "nok", "0.0921", "2026-12-31", "Norges Bank", "olivia");
            ScopeEntry kept = entries.findByCycleIdAndSupplierId(cycle.getId(), byHand.getId()).orElseThrow();
            assertThat(kept.isIncluded()).as("a change by hand survives the new computation").isTrue();
            assertThat(kept.getDecidedBy()).isEqualTo("olivia");

            ReportingCycle scoped = scenario.cycleOf(instance);
            assertThat(scoped.isScoped()).isTrue();
            assertThat(scope.refusal(scoped)).isEmpty();
            assertThat(entries.findByCycleIdAndSupplierId(scoped.getId(), krone.getId()).orElseThrow().getSpend())
                    .isEqualByComparingTo("460.50");
            assertThat(runtime.getVariable(instance.getId(), "scopeSuppliers")).isEqualTo(scope.coverage(scoped).suppliers());
        } finally {
            // Tests share the database: no later cycle may meet a currency without a rate.
            krone.setDirect(false);
            suppliers.save(krone);
        }
    }

    @Test
    void theScopeShowsWhatChangedSinceThePreviousCycle() {
        int year = scenario.unusedYear();
        while (cycles.existsByReportingYear(year + 1)) {
            year = scenario.unusedYear();
        }
        Supplier stays = scenario.supplier("Zambia", 10L, true);
        Supplier leaves = scenario.supplier("Burundi", 10L, true);
        ReportingCycle before = scenario.cycleOf(scenario.start(year));
        assertThat(entries.findByCycleIdAndSupplierId(before.getId(), leaves.getId()).orElseThrow().isIncluded()).isTrue();

        Supplier moved = suppliers.findByCode(leaves.getCode()).orElseThrow();
        moved.setDirect(false);
        suppliers.save(moved);
        Supplier arrives = scenario.supplier("Tanzania", 10L, true);
        ReportingCycle after = scenario.cycleOf(scenario.start(year + 1));

        assertThat(entries.inScopeOnlyOf(after.getId(), before.getId(), PageRequest.of(0, 1000)))
                .extracting(entry -> entry.getSupplier().getCode()).contains(arrives.getCode())
                .doesNotContain(stays.getCode(), leaves.getCode());
        assertThat(entries.inScopeOnlyOf(before.getId(), after.getId(), PageRequest.of(0, 1000)))
                .extracting(entry -> entry.getSupplier().getCode()).contains(leaves.getCode())
                .doesNotContain(stays.getCode(), arrives.getCode());
        assertThat(entries.findByCycleIdAndSupplierId(after.getId(), leaves.getId()).orElseThrow().getReason())
                .startsWith("Indirect supplier");
    }

    /** Tests share the database: this test's huge spend must not decide any later test's scope. */
    @AfterEach
    void leaveTheScopeOfOtherTests() {
        for (int i = 1; i <= 32; i++) {
            suppliers.findByCode(prefix + String.format("%02d", i)).ifPresent(supplier -> {
                supplier.setDirect(false);
                suppliers.save(supplier);
            });
        }
    }

    Supplier supplier(String number) {
        return suppliers.findByCode(prefix + number).orElseThrow();
    }

    ScopeEntry entry(ReportingCycle cycle, String number) {
        return entries.findByCycleIdAndSupplierId(cycle.getId(), supplier(number).getId()).orElseThrow();
    }
}
