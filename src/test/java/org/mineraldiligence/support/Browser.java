package org.mineraldiligence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium (Debian packages chromium and chromium-driver), never a downloaded
 * browser. Without it a browser test is skipped with a message, except on CI, where it must run.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How long finding an element waits for it to appear: pages load, Tasklist draws its views late. */
    private static final Duration FIND_WAIT = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final String baseUrl;
    private final String scenario;
    private int shot;

    private Browser(WebDriver driver, String baseUrl, String scenario) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.scenario = scenario;
    }

    public static Browser open(int port) {
        return open(port, "");
    }

    /** A browser whose screenshots are named after the scenario, e.g. {@code walk-01-digest-mail.png}. */
    public static Browser open(int port, String scenario) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.abort("Browser tests skipped: install the Debian packages chromium and chromium-driver");
        }
        assertThat(installed).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(FIND_WAIT);
        return new Browser(driver, "http://localhost:" + port, scenario.isEmpty() ? "" : scenario + "-");
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * What the page shows now, looked at without the wait for elements to appear. Finding an element that is
     * gone, as a check that it is hidden or absent does, would otherwise wait the full 10 seconds every time
     * (Selenium's {@code invisibilityOfElementLocated} and {@code or} call {@code findElement}); in an explicit
     * wait's loop the condition is looked at again until it holds, so nothing is lost by not waiting here.
     */
    public <T> T now(Function<WebDriver, T> look) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return look.apply(driver);
        } finally {
            driver.manage().timeouts().implicitlyWait(FIND_WAIT);
        }
    }

    public void go(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    /**
     * Clicks what submits a form and waits until the browser has left the page, so that what is read next
     * comes from the answer, not from the page the click was made on.
     */
    public void clickAndWaitForNextPage(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(page));
    }

    /**
     * Whether the page's element belongs to a page the browser has left. ChromeDriver answers for a node of a page
     * being torn down with "does not belong to the document" instead of a stale-element error: that is gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Saves what the page shows under target/screenshots, numbered in the order of the scenario. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(String.format("%s%02d-%s.png", scenario, ++shot, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console errors of our own pages since the last call (the Camunda webapps' own are left out). */
    public List<String> consoleErrorsFromOurPages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.startsWith(baseUrl) && !message.startsWith(baseUrl + "/camunda/"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
