package org.mineraldiligence.smelter.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A compliance officer in the browser imports the real EMRT 2.1 workbook and sees its refiners per mineral with
 * their status not stated; the screenshots (target/screenshots/emrt-list-*.png) show the import and list pages.
 */
@H2ApplicationTest
class EmrtListInTheBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerImportsAnEmrtAndBrowsesItsCobaltRefiners() {
        Path emrt = Path.of("src/test/resources/cmrt/templates/RMI_EMRT_2.1.xlsx").toAbsolutePath();
        try (Browser browser = Browser.open(port, "emrt-list")) {
            browser.go("/login");
            browser.driver().findElement(By.name("username")).sendKeys("cora");
            browser.driver().findElement(By.name("password")).sendKeys("demo");
            browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));

            browser.go("/smelters/import");
            browser.driver().findElement(By.name("file")).sendKeys(emrt.toString());
            WebElement asOf = browser.driver().findElement(By.name("asOf"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2025-10-01'", asOf);
            browser.screenshot("import");
            browser.clickAndWaitForNextPage(By.cssSelector("form[enctype] button[type=submit]"));

            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(page).contains("Imported 305 refiners of the extended minerals",
                    "RMI_EMRT_2.1.xlsx (Smelter Look-up, EMRT 2.1) (as of 2025-10-01)", "not stated");
            browser.screenshot("refiners");

            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("metal")))
                    .selectByVisibleText("Cobalt");
            browser.clickAndWaitForNextPage(By.cssSelector("form[method=get] button[type=submit]"));
            String cobalt = browser.driver().findElement(By.tagName("table")).getText();
            assertThat(cobalt).contains("Chemaf Etoile");
            assertThat(cobalt.lines().skip(1).toList()).hasSize(104).allSatisfy(row -> assertThat(row.split(" ")[1])
                    .isEqualTo("Cobalt"));
            browser.screenshot("cobalt");

            browser.go("/smelters/import");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("EMRT 2.1 refiners");
            browser.screenshot("imported-lists");
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }
}
