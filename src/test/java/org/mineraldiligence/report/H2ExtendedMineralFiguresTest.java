package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@H2ApplicationTest
class H2ExtendedMineralFiguresTest extends ExtendedMineralFiguresContract {

    /** The process owner's dashboard in headless Chromium, with the EMRT tables (screenshot dashboard-emrt.png). */
    @Test
    void aProcessOwnerReadsTheEmrtFiguresInTheBrowser() throws Exception {
        try (Browser browser = Browser.open(port)) {
            WebDriver driver = browser.driver();
            browser.go("/login");
            driver.findElement(By.name("username")).sendKeys("olivia");
            driver.findElement(By.name("password")).sendKeys("demo");
            browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));
            browser.go(dashboard());
            assertThat(driver.findElement(By.id("per-template")).getText()).contains("EMRT covering cobalt");
            assertThat(driver.findElement(By.id("per-mineral")).getText()).contains("Cobalt", "Mica");
            // looked at now: finding nothing would otherwise wait out the 10 seconds an element may take to appear
            List<WebElement> bold = browser.now(d -> d.findElements(By.cssSelector("#per-template b, #per-mineral b")));
            assertThat(bold).isEmpty();
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
            screenshot(driver, "dashboard-emrt.png");
            browser.go("/cycles/" + known.cycleId() + "/report");
            assertThat(driver.findElement(By.id("appendix-b")).isDisplayed()).isTrue();
            List<WebElement> boldInAppendix = browser.now(d -> d.findElements(By.cssSelector("table.appendix-b b")));
            assertThat(boldInAppendix).isEmpty();
            screenshot(driver, "report-emrt.png");
        }
    }

    private static void screenshot(WebDriver driver, String name) throws java.io.IOException {
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 6000)));
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
