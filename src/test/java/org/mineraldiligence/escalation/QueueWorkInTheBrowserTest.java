package org.mineraldiligence.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.mail.WithSmtpTestServer;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SurveyScenario;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commodity manager opens "my suppliers without a valid CMRT" in headless Chromium, ticks two surveys,
 * sends both a reminder now and reads the result per row, then the supplier page's record of it.
 * Screenshots under target/screenshots/.
 */
@H2ApplicationTest
@WithSmtpTestServer
class QueueWorkInTheBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    IdentityService identity;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCommodityManagerRemindsTwoSuppliersFromHisList() {
        TestPeople.ensure(identity, Map.of("carlos", Role.COMMODITY_MANAGER));
        SurveyPolicy policy = new SurveyPolicy(7, 2, 2, 14, "6.31");
        List<SupplierSurvey> surveys = List.of(scenario.launch(policy), scenario.launch(policy));
        // A commodity of their own, so that the list's search finds just these two among other tests' suppliers.
        String commodity = "Tin solder " + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> surveys.forEach(survey ->
                suppliers.findById(survey.getSupplier().getId()).orElseThrow().setCommodity(commodity)));
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.driver().findElement(By.name("username")).sendKeys("carlos");
            browser.driver().findElement(By.name("password")).sendKeys("demo");
            browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));
            browser.go("/suppliers?mine=true&withoutValidCmrt=true&q=" + commodity.replace(" ", "+"));
            for (SupplierSurvey survey : surveys) {
                browser.driver().findElement(By.id("survey-" + survey.getId())).click();
            }
            browser.screenshot("queue-two-surveys-selected");
            browser.clickAndWaitForNextPage(By.cssSelector("button[value=REMIND]"));
            String results = browser.driver().findElement(By.id("queue-results")).getText();
            browser.screenshot("queue-reminders-sent");
            for (SupplierSurvey survey : surveys) {
                assertThat(results).contains(survey.getBusinessKey());
                assertThat(scenario.mailsTo(survey, "reminder")).hasSize(1);
            }
            assertThat(results).contains("Done: reminder 1 queued for ada@");

            browser.go("/suppliers/" + surveys.get(0).getSupplier().getCode());
            String page = browser.driver().findElement(By.id("current-survey")).getText();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                    browser.driver().findElement(By.cssSelector("table.queue-actions")));
            browser.screenshot("queue-supplier-history");
            assertThat(page).contains("Worked from the supplier list").contains("Reminder sent by hand").contains("carlos");
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }
}
