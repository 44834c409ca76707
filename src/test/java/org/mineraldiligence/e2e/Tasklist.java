package org.mineraldiligence.e2e;

import java.time.Duration;

import org.mineraldiligence.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist as a person uses it: log in once through our page, pick a filter, open a task, fill its form. */
final class Tasklist {

    private final Browser browser;
    private final WebDriverWait wait;
    private final WebDriverWait clicking;

    Tasklist(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        this.clicking = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        clicking.ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class);
    }

    static void logIn(Browser browser, String user, String password) {
        browser.go("/login");
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        browser.driver().findElement(By.name("username")).sendKeys(user);
        browser.driver().findElement(By.name("password")).sendKeys(password);
        // Wait for the answer: leaving at once for Tasklist could cancel the log-in on a slow machine.
        browser.clickAndWaitForNextPage(By.cssSelector("form button[type=submit]"));
        if (browser.driver().getCurrentUrl().contains("/login")) {
            throw new AssertionError("log-in refused for " + user + ": " + browser.driver().getCurrentUrl());
        }
    }

    void open() {
        browser.go("/camunda/app/tasklist/default/");
        untilShownReloadingOnce(By.cssSelector(".task-filters, [cam-tasklist-filters]"));
    }

    /**
     * Opens a task from its link (an e-mail's {@code /camunda/app/tasklist/default/#/?task=…}) and waits until
     * Tasklist shows the task's details: its name and either its form or the button to claim it.
     */
    void openLink(String pathAndFragment) {
        browser.go(pathAndFragment);
        untilShownReloadingOnce(By.cssSelector(".task-details, [cam-tasklist-task]"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> browser.now(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")),
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[self::a or self::button][normalize-space()='Claim']")))));
    }

    /**
     * Tasklist's first load in a fresh application fetches many scripts: on a busy two-core machine it can stay
     * on its spinner. Then a person reloads the page; so does the test, once, after 60 seconds.
     */
    private void untilShownReloadingOnce(By shown) {
        WebDriverWait loading = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        try {
            loading.until(ExpectedConditions.presenceOfElementLocated(shown));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("tasklist-stuck-reloading");
            browser.driver().navigate().refresh();
            loading.until(ExpectedConditions.presenceOfElementLocated(shown));
        }
    }

    /** Clicks the filter's name; the name may wrap, and the sidebar may hold hidden copies of it. */
    void selectFilter(String name) {
        By candidates = By.xpath("//*[contains(@class,'task-filter')]//*[contains(normalize-space(.), '" + name + "')]");
        WebElement filter = wait.until(driver -> driver.findElements(candidates).stream()
                .filter(WebElement::isDisplayed).reduce((first, deepest) -> deepest).orElse(null));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", filter);
    }

    void openTask(String nameStart) {
        click(By.xpath("//*[contains(@class,'tasks-list')]//a[starts-with(normalize-space(), '" + nameStart + "')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details, [cam-tasklist-task]")));
    }

    /** Header "Start process", pick the process, fill its start form with {@link #type}, then {@link #start}. */
    void startProcess(String processName) {
        click(By.xpath("//*[self::a or self::button][contains(normalize-space(), 'Start process')]"));
        click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='" + processName + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
    }

    void start() {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']")));
        button.click();
        untilGone(By.cssSelector(".modal .fjs-container"));
    }

    void check(String label) {
        chooseOption(label);
    }

    /** Claims the open task and waits until Tasklist shows it taken (the Claim button gone) with its form. */
    void claim() {
        By claim = By.xpath("//*[self::a or self::button][normalize-space()='Claim']");
        click(claim);
        untilGone(claim);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
    }

    void chooseOption(String label) {
        click(By.xpath("//*[contains(@class,'fjs-container')]//label[contains(normalize-space(), \"" + label + "\")]"));
    }

    void type(String fieldLabel, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-container')]//label[contains(normalize-space(), \"" + fieldLabel
                        + "\")]/following::*[self::textarea or self::input][1]")));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    String formText() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container"))).getText();
    }

    void complete() {
        // Tasklist's footer can cover the button in a small window: scroll it into view and press it.
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Complete']")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();", button);
        try {
            untilGone(By.cssSelector(".fjs-container"));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("form-not-completed");
            throw e;
        }
    }

    /** Waits until nothing the locator finds is shown, looking without the wait for elements to appear. */
    private void untilGone(By locator) {
        wait.until(driver -> browser.now(ExpectedConditions.invisibilityOfElementLocated(locator)));
    }

    /**
     * Scrolls what is clicked to the middle first (a long form puts it under Tasklist's footer otherwise) and
     * clicks again while something else is in the way: a form that re-renders after a claim moves its fields
     * between finding one and clicking it. Gives up after the wait's 30 seconds.
     */
    private void click(By by) {
        clicking.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
            element.click();
            return true;
        });
    }
}
