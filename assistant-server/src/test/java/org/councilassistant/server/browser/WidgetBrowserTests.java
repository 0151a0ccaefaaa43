package org.councilassistant.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.councilassistant.server.RunningAssistant;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The resident's view in a real browser (Debian chromium): the widget answers a typed question, can be used
 * from the keyboard, and the page has no WCAG 2.2 AA violations according to axe-core.
 *
 * <p>Runs in the {@code browser} Maven profile; there, a missing chromium, chromedriver or axe-core fails.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RunningAssistant.FixedClock.class)
class WidgetBrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.councilassistant.knowledgebase.rating.AnswerRatings ratings;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

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
    void aResidentTypesAQuestionAndReadsTheAnswer() {
        browser.get("http://localhost:" + port + "/");
        WebElement input = waitFor(By.id("ca-input"));
        input.sendKeys("how do I pay my council tax");
        browser.findElement(By.id("ca-send")).click();

        WebElement answer = waitForBotMessageContaining("Direct Debit");
        assertThat(answer.getText()).contains("Direct Debit");
        assertThat(browser.findElement(By.id("ca-log")).getAttribute("aria-live")).isEqualTo("polite");

        answer.findElement(By.xpath(".//button[normalize-space()='No']")).click();
        assertThat(waitFor(By.cssSelector(".ca-rating__thanks")).getText()).isEqualTo("Thank you for your feedback.");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> ratings.ratingSummary("pay-council-tax").notHelpful() > 0);
    }

    @Test
    void theBinDayConversationWorksFromTheKeyboardAlone() {
        browser.get("http://localhost:" + port + "/");
        WebElement input = waitFor(By.id("ca-input"));
        input.sendKeys("when is my bin day", Keys.ENTER);
        waitForBotMessageContaining("postcode");

        input.sendKeys("BK2 4DE", Keys.ENTER);
        waitForBotMessageContaining("3 Kestrel Rise");
    }

    @Test
    void thePageHasNoWcag22AaViolations() {
        browser.get("http://localhost:" + port + "/");
        waitFor(By.id("ca-input")).sendKeys("hello", Keys.ENTER);
        waitForBotMessageContaining("Brackenfield");
        browser.findElement(By.id("ca-input")).sendKeys("where is the tip", Keys.ENTER);
        waitFor(By.cssSelector(".ca-rating"));  // the "Was this answer helpful?" buttons are checked too

        String violations = HeadlessChromium.axeViolations(browser);

        assertThat(violations).as("axe-core violations").isEqualTo("[]");
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private WebElement waitForBotMessageContaining(String text) {
        By lastBotMessage = By.xpath("//*[contains(@class,'ca-message--bot')][contains(., \"" + text + "\")]");
        return waitFor(lastBotMessage);
    }
}
