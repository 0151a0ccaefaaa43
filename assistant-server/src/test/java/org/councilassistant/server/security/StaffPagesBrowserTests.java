package org.councilassistant.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.councilassistant.server.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff pages in a real browser (Debian chromium): signing in through the form, and the accounts page's
 * script calling the admin API with the CSRF token from the cookie; no WCAG 2.2 AA violations (axe-core).
 *
 * <p>Runs in the {@code browser} Maven profile, like the widget's browser tests.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
class StaffPagesBrowserTests extends SecuredAssistant {

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anAdminSignsInFromTheAccountsPageAndAddsAnAccount() {
        browser.get(url("/admin/accounts"));
        signIn();
        waitFor(By.xpath("//tbody[@id='account-rows']/tr[td[1][text()='admin']]"));

        browser.findElement(By.id("create-username")).sendKeys("Page.Made");
        browser.findElement(By.id("create-displayName")).sendKeys("Made On The Page");
        browser.findElement(By.id("create-password")).sendKeys("made on the page 1");
        browser.findElement(By.id("create-roles-2")).click();
        browser.findElement(By.cssSelector("#create-form button")).click();

        assertThat(waitFor(By.id("account-notice-text")).getText()).isEqualTo("Account page.made added");
        waitFor(By.xpath("//tbody[@id='account-rows']/tr[td[1][text()='page.made']]"));
        assertThat(accounts.findByUsername("page.made")).isPresent();
    }

    @Test
    void problemsAreShownInAnErrorSummaryAndBesideEachField() {
        browser.get(url("/login"));
        signIn();
        browser.get(url("/admin/accounts"));
        waitFor(By.xpath("//tbody[@id='account-rows']/tr"));

        browser.findElement(By.id("create-username")).sendKeys("no good");
        browser.findElement(By.cssSelector("#create-form button")).click();

        WebElement summary = waitFor(By.id("account-errors"));
        assertThat(summary.findElements(By.cssSelector("a"))).extracting(link -> link.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#create-username"))
                .anyMatch(href -> href.endsWith("#create-password"))
                .anyMatch(href -> href.endsWith("#create-roles"));
        assertThat(browser.findElement(By.id("create-username-error")).getText()).contains("Username must be");
        assertThat(browser.getTitle()).startsWith("Error: Staff accounts");
        assertThat(runAxe()).as("axe-core violations on the accounts page").isEqualTo("[]");
        assertThat(requestedResources()).doesNotContain("/assets/");
    }

    @Test
    void theSignInAndHomePagesHaveNoWcag22AaViolations() {
        browser.get(url("/login"));
        waitFor(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys("wrong password");
        browser.findElement(By.cssSelector("form button")).click();
        waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(runAxe()).as("axe-core violations on the sign-in page with an error").isEqualTo("[]");
        assertThat(requestedResources()).as("no GDS Transport font files").doesNotContain("/assets/");

        signIn();
        assertThat(browser.getCurrentUrl()).endsWith("/staff-home");
        assertThat(runAxe()).as("axe-core violations on the staff home page").isEqualTo("[]");
    }

    private void signIn() {
        waitFor(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button")).click();
        waitFor(By.xpath("//strong[text()='" + ADMIN + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String requestedResources() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name).join(' ')"));
    }

    private String runAxe() {
        return HeadlessChromium.axeViolations(browser);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
