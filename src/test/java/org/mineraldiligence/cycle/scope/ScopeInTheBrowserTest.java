package org.mineraldiligence.cycle.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineraldiligence.cycle.CycleScenario;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner in the browser: uploads an ERP export whose name column no spelling of ours knows, maps it,
 * imports; then finds a small supplier left out of the cycle's scope and adds it by name with a reason.
 */
@H2ApplicationTest
class ScopeInTheBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CycleScenario scenario;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    ScopeEntryRepository entries;

    final String prefix = "B" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void processOwnerMapsColumnsThenAddsALeftOutSupplierByName(@TempDir Path files) throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Path export = Files.writeString(files.resolve("vendors.csv"), String.join("\n",
                "Vendor;Lieferantenbezeichnung;Ctry;Spend FY2025;Curr.;E-Mail",
                prefix + "1;Kinshasa Gold " + marker + ";DR Congo;800;USD;gold@kinshasa.example",
                prefix + "2;Cebu Solder " + marker + ";PHL;700;EUR;cebu@solder.example",
                prefix + "3;Hamburg Metals " + marker + ";Deutschland;600;EUR;hh@metals.example",
                // Tests share the database: a supplier this large makes 99 % coverage leave the small ones out.
                prefix + "4;Anchor Alloys " + marker + ";Deutschland;10000000000;USD;sales@anchor.example") + "\n",
                StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.driver().findElement(By.name("username")).sendKeys("olivia");
            browser.driver().findElement(By.name("password")).sendKeys("demo");
            browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));

            browser.go("/suppliers/import");
            assertThat(browser.driver().findElement(By.id("fields")).getText()).contains("Vendor Name 1", "Ctry", "Curr.");
            browser.driver().findElement(By.name("file")).sendKeys(export.toString());
            browser.clickAndWaitForNextPage(By.cssSelector("form[enctype] button[type=submit]"));

            String mapping = browser.driver().findElement(By.id("mapping")).getText();
            assertThat(mapping).contains("Lieferantenbezeichnung", "Kinshasa Gold " + marker, "(recognised)");
            Select nameColumn = new Select(browser.driver().findElement(By.id("column-1")));
            assertThat(nameColumn.getFirstSelectedOption().getText()).isEqualTo("— ignore —");
            assertThat(new Select(browser.driver().findElement(By.id("column-2"))).getFirstSelectedOption().getText())
                    .isEqualTo("country");
            nameColumn.selectByVisibleText("supplier name");
            browser.screenshot("scope-import-mapping");
            browser.clickAndWaitForNextPage(By.cssSelector("#mapping button[type=submit]"));

            assertThat(browser.driver().findElement(By.id("report")).getText()).contains("4 suppliers created");
            browser.screenshot("scope-import-done");
            assertThat(suppliers.findByCode(prefix + "1").orElseThrow().getCountryCode()).isEqualTo("CD");

            ReportingCycle cycle = scenario.cycleOf(scenario.start(scenario.unusedYear()));
            browser.go("/cycles/" + cycle.getId() + "/scope");
            browser.driver().findElement(By.name("q")).sendKeys(marker);
            browser.clickAndWaitForNextPage(By.cssSelector("form[method=get] button"));
            assertThat(browser.driver().findElement(By.id("in-scope")).getText())
                    .contains("Kinshasa Gold " + marker).contains("Covered Country").doesNotContain("Cebu Solder");
            String leftOut = browser.driver().findElement(By.id("left-out")).getText();
            assertThat(leftOut).contains("Cebu Solder " + marker).contains("Philippines")
                    .contains("neither a Covered Country nor rated unfree").contains("Hamburg Metals");
            browser.screenshot("scope-left-out");

            browser.driver().findElement(By.name("supplier")).sendKeys("Cebu Solder " + marker);
            browser.driver().findElement(By.cssSelector("form textarea[name=reason]"))
                    .sendKeys("Sole source of the tin solder paste");
            browser.clickAndWaitForNextPage(By.xpath("//h2[text()='Add a supplier']/..//button"));

            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("The supplier is in scope.");
            browser.go("/cycles/" + cycle.getId() + "/scope?q=" + marker);
            assertThat(browser.driver().findElement(By.id("in-scope")).getText())
                    .contains("Cebu Solder " + marker).contains("Sole source of the tin solder paste");
            browser.screenshot("scope-added-by-name");
            assertThat(entries.findByCycleIdAndSupplierId(cycle.getId(),
                    suppliers.findByCode(prefix + "2").orElseThrow().getId()).orElseThrow().getDecidedBy())
                    .isEqualTo("olivia");
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }

    /** Tests share the database: these suppliers stay out of later tests' cycles. */
    @AfterEach
    void leaveTheScopeOfOtherTests() {
        for (int i = 1; i <= 4; i++) {
            suppliers.findByCode(prefix + i).ifPresent(supplier -> {
                supplier.setDirect(false);
                suppliers.save(supplier);
            });
        }
    }
}
