package org.mineraldiligence.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.DueJobs;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyLauncher;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** A supplier in a real browser: opens its link, uploads an invalid CMRT, reads what to fix, uploads a valid one. */
@H2ApplicationTest
class PortalBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    PortalLinks links;
    @Autowired
    SurveyLauncher launcher;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    /** What the job executor does after a launch: the survey sends its request and waits for the CMRT. */
    private void sendSurveyRequest(SupplierSurvey survey) {
        DueJobs.run(runtime, management, survey.getProcessInstanceId());
    }

    @Test
    void supplierFixesItsCmrtInTheBrowser(@TempDir Path files) throws IOException {
        SupplierSurvey survey = transaction.execute(status -> {
            ReportingCycle cycle = cycles.save(new ReportingCycle(2026, LocalDate.now().plusDays(30), SurveyPolicy.DEFAULT));
            Supplier supplier = new Supplier("BR-" + System.nanoTime(), "Gamma Galvanics", "Italy");
            supplier.setSpend(BigDecimal.ONE, "EUR");
            supplier.addContact("Gina", "gina@gamma.example", true);
            return launcher.launch(cycle, suppliers.save(supplier));
        });
        sendSurveyRequest(survey);
        String link = links.mint(surveys.findWithSupplierById(survey.getId()).orElseThrow());
        Path invalid = Files.write(files.resolve("our-cmrt.xlsx"), TestWorkbooks.invalidWithoutCompanyName());
        Path valid = Files.write(files.resolve("our-cmrt-fixed.xlsx"), TestWorkbooks.validLowRisk());

        try (Browser browser = Browser.open(port)) {
            browser.go(java.net.URI.create(link).getPath());
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("RY2026");
            browser.screenshot("portal");

            browser.driver().findElement(By.name("file")).sendKeys(invalid.toString());
            browser.clickAndWaitForNextPage(By.cssSelector("button[type=submit]"));
            String result = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(result).contains("needs corrections").contains("Declaration!D8");
            assertThat(result).doesNotContain("We have kept this file");
            browser.screenshot("portal-findings");

            browser.driver().findElement(By.name("file")).sendKeys(valid.toString());
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Thank you: your CMRT is valid");
            browser.screenshot("portal-thank-you");
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }

    /** An iPhone 12/13/14 viewport, CSS pixels. */
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void atPhoneWidthTheFindingsFitOnAFewScreens(@TempDir Path files) throws IOException {
        SupplierSurvey survey = transaction.execute(status -> {
            ReportingCycle cycle = cycles.save(new ReportingCycle(2026, LocalDate.now().plusDays(30), SurveyPolicy.DEFAULT));
            Supplier supplier = new Supplier("PH-" + System.nanoTime(), "Acme Components Ltd", "Italy");
            supplier.setSpend(BigDecimal.ONE, "EUR");
            supplier.addContact("Pia", "pia@acme.example", true);
            return launcher.launch(cycle, suppliers.save(supplier));
        });
        sendSurveyRequest(survey);
        String link = links.mint(surveys.findWithSupplierById(survey.getId()).orElseThrow());
        Path blank = Files.write(files.resolve("blank.xlsx"), Files.readAllBytes(
                Path.of("src/test/resources/cmrt/templates/RMI_CMRT_6.5.xlsx")));
        TestWorkbooks.Smelter[] rows = new TestWorkbooks.Smelter[40];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new TestWorkbooks.Smelter("Tin", "Alpha", "Atlantis", "CID000292");
        }
        Path countries = Files.write(files.resolve("forty-rows.xlsx"), TestWorkbooks.valid(rows));

        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(PHONE_WIDTH, PHONE_HEIGHT));
            browser.go(java.net.URI.create(link).getPath());
            browser.driver().findElement(By.name("file")).sendKeys(blank.toString());
            browser.clickAndWaitForNextPage(By.cssSelector("button[type=submit]"));
            assertThat(browser.driver().findElements(By.cssSelector("ol.findings li"))).singleElement()
                    .satisfies(item -> assertThat(item.getText()).contains("This is the empty CMRT template"));
            browser.screenshot("phone-empty-template");
            assertThat(pageHeight(browser)).as("the blank template's answer at phone width").isLessThan(3 * PHONE_HEIGHT);

            browser.driver().findElement(By.name("file")).sendKeys(countries.toString());
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            String notes = browser.driver().findElement(By.cssSelector("ol.findings")).getText();
            assertThat(notes).contains("Smelter country not from the list.").contains("Smelter List rows 5–44 (column E)")
                    .contains("Smelter List rows 6–44 (column C)");
            browser.screenshot("phone-grouped-notes");
            assertThat(pageHeight(browser)).as("40 rows of notes at phone width").isLessThan(3 * PHONE_HEIGHT);
            assertThat(horizontalOverflow(browser)).as("nothing wider than the phone").isLessThanOrEqualTo(0);
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }

    private static long pageHeight(Browser browser) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight")).longValue();
    }

    private static long horizontalOverflow(Browser browser) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }
}
