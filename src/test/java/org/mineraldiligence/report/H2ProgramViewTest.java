package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@H2ApplicationTest
class H2ProgramViewTest extends ProgramViewContract {

    /** The executive's page in headless Chromium: menu link, the three lists, no hostile name run as markup. */
    @Test
    void anExecutiveOpensTheProgramFromTheMenuInTheBrowser() throws IOException {
        try (Browser browser = Browser.open(port)) {
            WebDriver driver = browser.driver();
            browser.go("/login");
            driver.findElement(By.name("username")).sendKeys("erin");
            driver.findElement(By.name("password")).sendKeys("demo");
            browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));
            browser.clickAndWaitForNextPage(By.cssSelector("header.top a[href='/program']"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Program status RY");
            browser.go(program()); // the newest cycle may be another test's

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Program status RY" + YEAR);
            assertThat(driver.findElement(By.id("smelters")).getText()).contains(HOSTILE_REFINERY, HOSTILE_DECLARED_NAME);
            assertThat(driver.findElement(By.id("suppliers")).getText()).contains("Silent <b>Supplies</b>",
                    "awaiting the executives' decision");
            assertThat(driver.findElement(By.id("decisions")).getText()).contains(RATIONALE);
            List<WebElement> markup = browser.now(d -> d.findElements(By.cssSelector("#smelters img, #suppliers b, #decisions b")));
            assertThat(markup).isEmpty();
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();

            // the whole page in one picture
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 40, 4000)));
            Path screenshots = Path.of("target", "screenshots");
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve("program-view.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }
}
