package org.councilassistant.server.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.councilassistant.server.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget in a real browser (Debian chromium) on a page of the assistant started for Ashdown: it shows the
 * council it was served for, in its colour, with its logo, privacy notice and phone number, and still passes
 * WCAG 2.2 AA. Runs in the {@code browser} Maven profile.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
class CouncilWidgetBrowserTests extends AshdownAssistant {

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

    @Test
    void theWidgetShowsTheCouncilItIsServedFor() {
        browser.get("http://localhost:" + port + "/");

        assertThat(waitFor(By.id("ca-title")).getText()).isEqualTo("Ashdown Council assistant");
        assertThat(browser.findElement(By.id("ca-log")).getText()).contains("Hello, I’m the Ashdown Council assistant.");
        assertThat(browser.findElement(By.cssSelector(".ca-header")).getCssValue("background-color"))
                .isEqualTo("rgba(0, 112, 60, 1)");
        assertThat(browser.findElement(By.cssSelector(".ca-logo")).getAttribute("src"))
                .isEqualTo("http://localhost:" + port + "/council/logo");
        assertThat(browser.findElement(By.cssSelector(".ca-privacy a")).getAttribute("href"))
                .isEqualTo("https://www.ashdown.gov.uk/privacy/assistant");
    }

    @Test
    void anAnswerItCannotGiveOffersTheCouncilsPhoneNumber() {
        browser.get("http://localhost:" + port + "/");
        waitFor(By.id("ca-input")).sendKeys("what is the airspeed velocity of an unladen swallow", Keys.ENTER);

        WebElement phone = waitFor(By.cssSelector(".ca-handoff a"));

        assertThat(phone.getText()).isEqualTo("01234 567 890");
        assertThat(phone.getAttribute("href")).isEqualTo("tel:+441234567890");
        assertThat(browser.getPageSource()).doesNotContainPattern(SAMPLE_COUNCIL);
        assertThat(HeadlessChromium.axeViolations(browser)).as("axe-core violations").isEqualTo("[]");
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
