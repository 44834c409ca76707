package org.mineraldiligence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cycle.CycleScenario;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.RequestedTemplates;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner in the browser sets up a campaign that asks each supplier for what it supplies: starts a
 * cycle in Tasklist collecting the CMRT and the EMRT (cobalt, mica), maps Batteries to the EMRT (cobalt) on
 * the mapping page, asks one battery supplier for the CMRT alone on the scope page. Screenshots
 * {@code cycle-templates-*.png} under target/screenshots.
 */
@H2ApplicationTest
class CycleTemplatesInTheBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CycleScenario scenario;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    RuntimeService runtime;

    @Test
    void processOwnerStartsACycleForCmrtAndEmrtMapsACommodityAndChoosesForOneSupplier() {
        int year = formYear();
        try (Browser browser = Browser.open(port, "cycle-templates")) {
            Tasklist tasklist = new Tasklist(browser);
            Tasklist.logIn(browser, "olivia", "demo");
            tasklist.open();
            tasklist.startProcess("Reporting cycle");
            tasklist.type("Reporting year", Integer.toString(year));
            tasklist.type("Response deadline", LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            assertThat(tasklist.formText()).contains("Templates the cycle collects").doesNotContain("Cobalt");
            tasklist.chooseOption("CMRT and EMRT");
            tasklist.check("Cobalt");
            tasklist.check("Mica");
            browser.screenshot("start-form");
            tasklist.start();
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("RY" + year)
                    .singleResult();
            scenario.runJobs(instance);
            ReportingCycle cycle = scenario.cycleOf(instance);
            assertThat(cycle.collects()).isEqualTo(RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));

            Supplier battery = supplier("Batteries");
            Supplier chosen = supplier("Batteries");
            Supplier connector = supplier("Connectors");
            scenario.narrowScopeTo(cycle, List.of(battery, chosen, connector));

            browser.go("/commodity-templates");
            String row = "//table[@id='mapping']//tr[td[1][normalize-space()='Batteries']]";
            for (var box : browser.driver().findElements(By.xpath(row + "//input[@type='checkbox']"))) {
                if (box.isSelected()) {
                    box.click();
                }
            }
            browser.driver().findElement(By.xpath(row + "//input[@value='COBALT']")).click();
            browser.clickAndWaitForNextPage(By.xpath(row + "//button[normalize-space()='Save']"));
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("The mapping is saved.");
            assertThat(browser.driver().findElement(By.xpath(row)).getText()).contains("EMRT (cobalt)", "olivia");
            assertThat(browser.driver().findElement(By.id("rule")).getText()).contains("else everything the cycle collects");
            browser.screenshot("mapping");

            browser.go("/cycles/" + cycle.getId() + "/scope");
            String chosenRow = "//table[@id='in-scope']//tr[contains(., '" + chosen.getCode() + "')]";
            browser.driver().findElement(By.xpath(chosenRow + "//input[@value='COBALT']")).click();
            browser.driver().findElement(By.xpath(chosenRow + "//input[@value='CMRT']")).click();
            browser.clickAndWaitForNextPage(By.xpath(chosenRow + "//button[normalize-space()='Ask these']"));
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("The templates asked of the supplier are saved.", "This cycle collects CMRT and EMRT (cobalt, mica)");
            browser.go("/cycles/" + cycle.getId() + "/scope");
            assertThat(browser.driver().findElement(By.xpath(chosenRow)).getText())
                    .contains("CMRT (chosen on the scope page, by olivia)");
            assertThat(browser.driver().findElement(By.xpath("//table[@id='in-scope']//tr[contains(., '"
                    + battery.getCode() + "')]")).getText()).contains("EMRT (cobalt) (mapping for Batteries)");
            assertThat(browser.driver().findElement(By.xpath("//table[@id='in-scope']//tr[contains(., '"
                    + connector.getCode() + "')]")).getText())
                    .contains("CMRT and EMRT (cobalt, mica) (no mapping for Connectors: what the cycle collects)");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('in-scope').scrollIntoView();");
            browser.screenshot("scope");

            browser.go("/cycles/" + cycle.getId() + "/dashboard");
            assertThat(browser.driver().findElement(By.id("collects")).getText())
                    .isEqualTo("Collects CMRT and EMRT (cobalt, mica)");
            browser.screenshot("dashboard");
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }

    private Supplier supplier(String commodity) {
        Supplier supplier = scenario.supplier("Malaysia", null, false);
        supplier.setCommodity(commodity);
        return suppliers.save(supplier);
    }

    private int formYear() {
        List<Integer> used = cycles.findAll().stream().map(ReportingCycle::getReportingYear).toList();
        for (int year = 2098; year > 2013; year--) {
            if (!used.contains(year)) {
                return year;
            }
        }
        throw new IllegalStateException("no reporting year left for a test cycle");
    }
}
