package org.councilassistant.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.server.RunningAssistant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resident and an agent, each in their own headless chromium: the resident asks for a person and waits, the
 * agent signs in, claims the conversation from the console and replies, the resident reads the reply live, and
 * after the agent ends the chat the assistant answers again. Also: a claim lost to another adviser, a callback
 * request left while the contact centre is closed, and axe-core's WCAG 2.2 AA check on every screen involved.
 *
 * <p>Runs in the {@code browser} Maven profile; there, a missing chromium, chromedriver or axe-core fails.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.admin.username=" + LiveAgentBrowserTests.AGENT,
        "assistant.admin.password=" + LiveAgentBrowserTests.PASSWORD})
@Import(LiveAgentBrowserTests.MovableClock.class)
class LiveAgentBrowserTests {

    static final String AGENT = "agent.test";
    static final String PASSWORD = "a long agent password";

    /** Wednesday 25 November 2026, 20:00: the contact centre closed at 17:00. */
    private static final Instant EVENING = RunningAssistant.NOW.withHour(20).toInstant();

    static ChromeDriver resident;
    static ChromeDriver agent;

    @LocalServerPort
    int port;

    @Autowired
    LiveChat liveChat;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

    @BeforeAll
    static void startBrowsers() {
        resident = HeadlessChromium.start();
        agent = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowsers() {
        if (resident != null) {
            resident.quit();
        }
        if (agent != null) {
            agent.quit();
        }
    }

    @BeforeEach
    void contactCentreOpenAndSignedOut() {
        MovableClock.now = RunningAssistant.NOW.toInstant();
        agent.manage().deleteAllCookies();
    }

    @Test
    void aResidentTalksToAnAdviserAndThenToTheAssistantAgain() {
        resident.get(url("/"));
        ask("can I speak to a person");
        waitForText(resident, By.id("ca-handoff-status"), "you are number 1");
        assertThat(resident.findElement(By.id("ca-stop-waiting")).isDisplayed()).isTrue();

        openConsoleSigningIn();
        claim("can I speak to a person");
        WebElement question = waitFor(agent, residentMessage("can I speak to a person"));
        assertThat(question.getText()).contains("Understood as " + CouncilIntents.TALK_TO_PERSON);

        agent.findElement(By.id("agent-reply")).sendKeys("Hello, this is Amy from the council");
        agent.findElement(By.id("agent-send")).click();
        waitFor(resident, By.xpath("//*[contains(@class,'ca-message--agent')][contains(., 'Hello, this is Amy from the council')]"));
        waitForText(resident, By.id("ca-handoff-status"), "talking to an adviser");
        waitFor(agent, By.xpath("//ol[@id='agent-transcript']/li[contains(@class,'agent-message--agent')]"
                + "[contains(., 'Hello, this is Amy from the council')]"));

        agent.findElement(By.id("agent-end")).click();
        waitForText(agent, By.id("agent-conversation-status"), "This conversation has ended.");
        waitFor(resident, By.xpath("//*[contains(@class,'ca-message--notice')][contains(., 'The adviser has left the chat')]"));
        wait(resident).until(ExpectedConditions.invisibilityOfElementLocated(By.id("ca-stop-waiting")));

        ask("how do I pay my council tax");
        waitFor(resident, By.xpath("//*[contains(@class,'ca-message--bot')][contains(., 'Direct Debit')]"));
    }

    @Test
    void theWaitingWidgetAndTheAgentConsoleHaveNoWcag22AaViolations() {
        resident.get(url("/"));
        ask("where can I get a blue badge");
        waitUntilAnswered();
        ask("can I speak to a person");
        waitForText(resident, By.id("ca-handoff-status"), "you are number");
        assertThat(HeadlessChromium.axeViolations(resident)).as("axe-core on the waiting widget").isEqualTo("[]");

        openConsoleSigningIn();
        claimButtonFor("where can I get a blue badge");
        assertThat(HeadlessChromium.axeViolations(agent)).as("axe-core on the queue").isEqualTo("[]");

        claim("where can I get a blue badge");
        waitFor(agent, residentMessage("where can I get a blue badge"));
        agent.findElement(By.cssSelector("#agent-suggest summary")).click();
        agent.findElement(By.id("agent-article-search")).click();
        waitFor(agent, By.cssSelector("#agent-articles li button")).click();
        assertThat(agent.findElement(By.id("agent-reply")).getAttribute("value")).isNotBlank();
        assertThat(agent.switchTo().activeElement().getAttribute("id")).isEqualTo("agent-reply");
        assertThat(HeadlessChromium.axeViolations(agent)).as("axe-core on an open conversation").isEqualTo("[]");

        agent.findElement(By.id("agent-end")).click();
        waitForText(agent, By.id("agent-conversation-status"), "This conversation has ended.");
    }

    @Test
    void aClaimLostToAnotherAdviserIsExplained() {
        resident.get(url("/"));
        ask("how do I report fly tipping");
        waitUntilAnswered();
        ask("can I speak to a person");
        waitForText(resident, By.id("ca-handoff-status"), "you are number");

        // Without live updates the console still shows the conversation as waiting after someone else takes it.
        agent.executeCdpCommand("Network.enable", Map.of());
        agent.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/agent/events")));
        try {
            openConsoleSigningIn();
            WebElement claim = claimButtonFor("how do I report fly tipping");
            liveChat.claim(Long.parseLong(claim.getAttribute("data-handoff-id")), "another.adviser", "Another adviser");
            claim.click();
            waitForText(agent, By.id("agent-banner"), "Another adviser has already taken this conversation");
        } finally {
            agent.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    @Test
    void outOfHoursTheResidentLeavesACallbackRequestThatAnAgentMarksAsHandled() {
        MovableClock.now = EVENING;
        resident.get(url("/"));
        ask("can I speak to a person");
        waitFor(resident, By.id("ca-callback"));
        assertThat(HeadlessChromium.axeViolations(resident)).as("axe-core on the callback form").isEqualTo("[]");

        resident.findElement(By.id("ca-cb-name")).sendKeys("Sam Resident");
        resident.findElement(By.id("ca-cb-topic")).sendKeys("A question about my garden waste subscription");
        resident.findElement(By.id("ca-cb-consent")).click();
        resident.findElement(By.cssSelector("#ca-callback button[type=submit]")).click();
        WebElement summary = waitFor(resident, By.cssSelector("#ca-callback .ca-error-summary"));
        assertThat(summary.getText()).contains("Enter a phone number or an email address");
        assertThat(resident.switchTo().activeElement()).isEqualTo(summary);
        assertThat(resident.findElement(By.id("ca-cb-phone")).getAttribute("aria-describedby")).contains("ca-cb-phone-error");
        assertThat(HeadlessChromium.axeViolations(resident)).as("axe-core on the callback errors").isEqualTo("[]");

        summary.findElement(By.tagName("a")).click();
        resident.switchTo().activeElement().sendKeys("01632 960 123");
        resident.findElement(By.cssSelector("#ca-callback button[type=submit]")).click();
        waitForText(resident, By.id("ca-callback"), "We’ll contact you when the contact centre opens");

        openConsoleSigningIn();
        agent.findElement(By.cssSelector("a.govuk-tabs__tab[href='#callbacks']")).click();
        By row = By.xpath("//tbody[@id='agent-callbacks']/tr[contains(., 'Sam Resident')]");
        WebElement request = waitFor(agent, row);
        assertThat(request.getText()).contains("01632 960 123", "garden waste subscription");
        assertThat(HeadlessChromium.axeViolations(agent)).as("axe-core on the callback requests").isEqualTo("[]");
        request.findElement(By.tagName("button")).click();
        wait(agent).until(ExpectedConditions.invisibilityOfElementLocated(row));
    }

    private void ask(String question) {
        WebElement input = waitFor(resident, By.id("ca-input"));
        input.sendKeys(question, Keys.ENTER);
    }

    private static void waitUntilAnswered() {
        wait(resident).until(ExpectedConditions.attributeToBe(By.id("ca-send"), "aria-disabled", "false"));
    }

    /** Asks for the console signed out, so the sign-in page comes first and then sends the agent back. */
    private void openConsoleSigningIn() {
        agent.get(url("/agent/"));
        waitFor(agent, By.id("username")).sendKeys(AGENT);
        agent.findElement(By.id("password")).sendKeys(PASSWORD);
        agent.findElement(By.cssSelector("main form button")).click();
        wait(agent).until(ExpectedConditions.urlContains("/agent/"));
        waitFor(agent, By.id("agent-waiting-heading"));
    }

    private WebElement claimButtonFor(String topic) {
        return waitFor(agent, claimButton(topic));
    }

    /** Clicks Claim, finding the button again if a queue update redrew the list in between. */
    private void claim(String topic) {
        wait(agent).ignoring(StaleElementReferenceException.class).until(browser -> {
            browser.findElement(claimButton(topic)).click();
            return true;
        });
    }

    private static By claimButton(String topic) {
        return By.xpath("//ol[@id='agent-waiting']/li[p[contains(@class,'agent-card__topic')][text()=\"" + topic
                + "\"]]//button[contains(@class,'agent-claim')]");
    }

    private static By residentMessage(String text) {
        return By.xpath("//ol[@id='agent-transcript']/li[contains(@class,'agent-message--resident')]"
                + "[p[@class='agent-message__text'][text()=\"" + text + "\"]]");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static WebElement waitFor(WebDriver browser, By locator) {
        return wait(browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void waitForText(WebDriver browser, By locator, String text) {
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The application's clock: {@link RunningAssistant#NOW} (contact centre open) unless a test moves it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        static volatile Instant now = RunningAssistant.NOW.toInstant();

        @Bean
        @Primary
        Clock movableClock() {
            ZoneId zone = RunningAssistant.NOW.getZone();
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return Clock.fixed(now, other);
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }
    }
}
