package org.councilassistant.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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
 * The widget in Welsh, in a real browser (Debian chromium): a resident who writes Welsh gets Welsh answers, Welsh
 * labels and {@code lang="cy"} (so screen readers pronounce it right), the header switch changes language and
 * wins over detection, and the Welsh widget has no WCAG 2.2 AA violations according to axe-core.
 *
 * <p>Runs in the {@code browser} Maven profile; there, a missing chromium, chromedriver or axe-core fails.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RunningAssistant.FixedClock.class)
class WelshWidgetBrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

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
    void aResidentWritingWelshIsAnsweredInWelshUntilTheySwitchToEnglish() {
        browser.get("http://localhost:" + port + "/");
        WebElement input = waitFor(By.id("ca-input"));
        input.sendKeys("pryd mae fy miniau yn cael eu casglu", Keys.ENTER);
        WebElement askPostcode = waitForBotMessageContaining("cod post");

        assertThat(askPostcode.getAttribute("lang")).isEqualTo("cy");
        assertThat(widgetRoot().getAttribute("lang")).isEqualTo("cy");
        assertThat(browser.findElement(By.id("ca-send")).getText()).isEqualTo("Anfon");
        assertThat(browser.findElement(By.cssSelector("label[for=ca-input]")).getText()).isEqualTo("Teipiwch eich cwestiwn");
        assertThat(browser.findElement(By.id("ca-log")).getAttribute("aria-label")).isEqualTo("Sgwrs");
        assertThat(lastMessage("user").getAttribute("lang")).isEqualTo("cy");
        assertThat(languageSwitch().getText()).isEqualTo("English");
        assertThat(languageSwitch().findElement(By.tagName("span")).getAttribute("lang")).isEqualTo("en");

        input.sendKeys("BK2 4DE", Keys.ENTER);
        WebElement binDays = waitForBotMessageContaining("Bin ailgylchu glas");
        assertThat(binDays.getText()).contains("Dydd Mercher 25 Tachwedd");
        assertThat(binDays.getAttribute("lang")).isEqualTo("cy");

        input.sendKeys("sut ydw i'n talu treth y cyngor", Keys.ENTER);
        WebElement article = waitForBotMessageContaining("Debyd Uniongyrchol");
        assertThat(article.getAttribute("lang")).isEqualTo("cy");
        assertThat(HeadlessChromium.axeViolations(browser)).as("axe-core on the Welsh widget").isEqualTo("[]");

        languageSwitch().click();
        assertThat(widgetRoot().getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("ca-send")).getText()).isEqualTo("Send");
        assertThat(languageSwitch().getText()).isEqualTo("Cymraeg");
        assertThat(languageSwitch().findElement(By.tagName("span")).getAttribute("lang")).isEqualTo("cy");
        waitForMessageContaining("notice", "answer in English");

        int answered = messages("bot").size();
        input.sendKeys("when is my bin day", Keys.ENTER);
        WebElement english = waitForNewBotMessage(answered);
        assertThat(english.getText()).containsAnyOf("postcode", "Your next bin collections", "blue recycling bin");
        assertThat(english.getAttribute("lang")).isEqualTo("en");
        assertThat(widgetRoot().getAttribute("lang")).isEqualTo("en");
        // What was said in Welsh stays marked as Welsh.
        assertThat(article.getAttribute("lang")).isEqualTo("cy");
    }

    @Test
    void choosingCymraegBeforeAskingWinsOverAnEnglishQuestion() {
        browser.get("http://localhost:" + port + "/");
        WebElement input = waitFor(By.id("ca-input"));
        languageSwitch().click();

        assertThat(widgetRoot().getAttribute("lang")).isEqualTo("cy");
        waitForBotMessageContaining("Helo, fi yw cynorthwyydd Cyngor Brackenfield");
        assertThat(browser.findElements(By.cssSelector(".ca-suggestion")).stream().map(WebElement::getText))
                .contains("Pryd mae fy niwrnod bin?");

        input.sendKeys("when is my bin day", Keys.ENTER);
        WebElement reply = waitForBotMessageContaining("cod post");
        assertThat(reply.getAttribute("lang")).isEqualTo("cy");
        assertThat(browser.findElement(By.id("ca-send")).getText()).isEqualTo("Anfon");
        assertThat(HeadlessChromium.axeViolations(browser)).as("axe-core after choosing Welsh").isEqualTo("[]");
    }

    private WebElement widgetRoot() {
        return browser.findElement(By.cssSelector(".ca-root"));
    }

    private WebElement languageSwitch() {
        return browser.findElement(By.id("ca-language"));
    }

    private List<WebElement> messages(String kind) {
        return browser.findElements(By.cssSelector(".ca-message--" + kind));
    }

    private WebElement lastMessage(String kind) {
        List<WebElement> all = messages(kind);
        return all.get(all.size() - 1);
    }

    private WebElement waitFor(By locator) {
        return wait20().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private WebElement waitForBotMessageContaining(String text) {
        return waitForMessageContaining("bot", text);
    }

    private WebElement waitForMessageContaining(String kind, String text) {
        return waitFor(By.xpath("//*[contains(@class,'ca-message--" + kind + "')][contains(., \"" + text + "\")]"));
    }

    private WebElement waitForNewBotMessage(int before) {
        return wait20().until(driver -> messages("bot").size() > before ? lastMessage("bot") : null);
    }

    private WebDriverWait wait20() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
