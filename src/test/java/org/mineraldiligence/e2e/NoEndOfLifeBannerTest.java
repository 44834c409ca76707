package org.mineraldiligence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.support.WebSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda 7.24 CE tops Tasklist, Cockpit and Admin with a red "It is time to migrate to Camunda 8" banner
 * and has no setting to switch it off; our user-styles.css hides it. The banner's element is still there
 * (so the test would see it shown if the styles were lost), but nobody sees it after logging in.
 */
@H2ApplicationTest
class NoEndOfLifeBannerTest {

    static final String BANNER_TEXT = "migrate to Camunda 8";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    @Test
    void tasklistAndCockpitShowNoMigrationBannerAfterLogIn() {
        TestPeople.ensure(identity, TestPeople.DEMO);
        try (Browser browser = Browser.open(port)) {
            logIn(browser, "olivia", "demo");
            assertBannerHidden(browser, "/camunda/app/tasklist/default/", "tasklist-without-eol-banner");
            assertBannerHidden(browser, "/camunda/app/cockpit/default/", "cockpit-without-eol-banner");
            logIn(browser, "admin", "admin");
            assertBannerHidden(browser, "/camunda/app/admin/default/", "admin-without-eol-banner");
        }
    }

    @Test
    void eachWebappServesOurStylesInsteadOfTheEmptyOnes() {
        WebSession session = new WebSession(port);
        session.logIn("olivia", "demo");
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(session.get("/camunda/app/" + app + "/styles/user-styles.css?bust=7.24.0").body()).as(app)
                    .contains(".ce-eol-banner").contains("display: none");
        }
    }

    /** Through our log-in page, waiting for its answer before opening a webapp. */
    private static void logIn(Browser browser, String user, String password) {
        browser.go("/login");
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        browser.driver().findElement(By.name("username")).sendKeys(user);
        browser.driver().findElement(By.name("password")).sendKeys(password);
        browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));
    }

    private static void assertBannerHidden(Browser browser, String app, String screenshot) {
        browser.go(app);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
        // the header is drawn once the app knows who is logged in; the banner is part of it
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .app-banner")));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(screenshot + "-not-loaded");
            throw e;
        }
        List<WebElement> banners = wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("[cam-widget-header] .ce-eol-banner"));
            return found.isEmpty() ? null : found;
        });
        assertThat(banners).as(app + ": Camunda still renders the banner's element").isNotEmpty()
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).as(app + ": banner shown").isFalse());
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as(app).doesNotContain(BANNER_TEXT);
        browser.screenshot(screenshot);
    }
}
