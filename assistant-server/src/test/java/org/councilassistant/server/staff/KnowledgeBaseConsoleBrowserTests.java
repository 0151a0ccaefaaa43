package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.browser.HeadlessChromium;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learning loop in two real browsers (Debian chromium), one an editor's and one a resident's, against one
 * running assistant: what the editor publishes is answered in the resident's chat at once, without a restart;
 * a question the assistant could not answer reaches the inbox and, once the editor adds it to an article, is
 * answered from that article. The console's pages have no WCAG 2.2 AA violations (axe-core).
 *
 * <p>Runs in the {@code browser} Maven profile, like the widget's browser tests.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
class KnowledgeBaseConsoleBrowserTests extends SecuredAssistant {

    private static final String EDITOR = "editor.browser";
    private static final String UNANSWERED = "can I fly a drone over the park";
    private static final String TARGET_ARTICLE = "do-i-need-planning-permission";

    static WebDriver editor;
    static WebDriver resident;

    @BeforeAll
    static void startBrowsers() {
        editor = chromium();
        resident = chromium();
    }

    @AfterAll
    static void stopBrowsers() {
        for (WebDriver browser : new WebDriver[] {editor, resident}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void anEditorPublishesAnArticleAndTurnsAnUnansweredQuestionIntoAnAnswerWithoutARestart() {
        StaffBrowser api = signedInWith(EDITOR, StaffRole.EDITOR);
        signIn(editor, "/staff/articles/new");

        waitFor(editor, By.id("article-title")).sendKeys("Christmas tree collection");
        editor.findElement(By.id("article-spokenAnswer")).sendKeys("We collect real Christmas trees in early January.");
        editor.findElement(By.id("article-answer")).sendKeys(
                "Put your real Christmas tree next to your garden waste bin by 7am on your collection day in the "
                        + "first two weeks of January (scheme HOLLY-7421).");
        editor.findElement(By.id("article-serviceArea")).sendKeys("Bins and recycling");
        editor.findElement(By.id("article-alternateQuestions")).sendKeys("do you collect christmas trees");
        editor.findElement(By.id("article-links")).sendKeys("Garden waste|https://www.example.org/garden-waste");
        waitForText(editor, By.id("preview-chat"), "HOLLY-7421");
        editor.findElement(By.id("article-publish")).click();
        assertThat(waitFor(editor, By.id("staff-notice-text")).getText()).startsWith("Published");
        assertThat(editor.getCurrentUrl()).endsWith("/staff/articles/christmas-tree-collection");

        resident.get(url("/"));
        ask("do you collect christmas trees");
        waitForBotMessage("HOLLY-7421");

        ask(UNANSWERED);
        waitForBotMessage("can’t help with that");
        String expected = firstLine(api.get("/api/staff/articles/" + TARGET_ARTICLE).json().get("answer").asString());

        editor.get(url("/staff/inbox"));
        WebElement item = waitFor(editor, By.xpath("//section[h2[contains(., '" + UNANSWERED + "')]]"));
        new Select(item.findElement(By.cssSelector("select[id$='-article']"))).selectByValue(TARGET_ARTICLE);
        item.findElement(By.xpath(".//button[text()='Add as alternate question']")).click();
        assertThat(waitFor(editor, By.id("staff-notice-text")).getText()).endsWith("residents get this answer now");

        ask(UNANSWERED);
        waitForBotMessage(expected);
    }

    @Test
    void theConsolePagesHaveNoWcag22AaViolations() {
        signedInWith(EDITOR, StaffRole.EDITOR);
        String session = post(port, "/api/chat/sessions", "").body().get("sessionId").asString();
        post(port, "/api/chat/sessions/" + session + "/messages", json("do you sell allotment compost"));
        signIn(editor, "/staff/");
        Map<String, By> pages = new LinkedHashMap<>();
        pages.put("/staff/", By.cssSelector("#article-rows tr"));
        pages.put("/staff/articles/pay-council-tax", By.cssSelector("#article-intents input"));
        pages.put("/staff/articles/pay-council-tax/history", By.cssSelector("#version-rows tr"));
        pages.put("/staff/inbox", By.cssSelector("#inbox-items section"));
        pages.put("/staff/notices", By.cssSelector("#notice-intents input"));
        pages.put("/staff/synonyms", By.xpath("//p[@id='synonym-version'][contains(., 'Version')]"));
        pages.put("/staff/transfer", By.id("import-file"));
        pages.put("/staff/retraining", By.xpath("//p[@id='retrain-status'][contains(., '.')]"));
        pages.put("/staff/try", By.id("try-q"));
        Map<String, String> violations = new LinkedHashMap<>();
        for (Map.Entry<String, By> page : pages.entrySet()) {
            editor.get(url(page.getKey()));
            waitForText(editor, page.getValue(), "");
            waitForText(editor, By.tagName("h1"), "");
            violations.put(page.getKey(), runAxe(editor));
        }
        editor.get(url("/staff/articles/new"));
        waitForText(editor, By.cssSelector("#article-intents input"), "");
        editor.findElement(By.id("article-save")).click();
        waitFor(editor, By.id("staff-errors"));
        violations.put("/staff/articles/new with errors", runAxe(editor));

        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as("axe-core violations on %s", page)
                .isEqualTo("[]"));
    }

    private void signIn(WebDriver browser, String path) {
        browser.manage().deleteAllCookies();
        browser.get(url(path));
        waitFor(browser, By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button")).click();
        waitFor(browser, By.xpath("//strong[text()='" + EDITOR + "']"));
    }

    private void ask(String question) {
        waitFor(resident, By.id("ca-input")).sendKeys(question, Keys.ENTER);
    }

    private void waitForBotMessage(String text) {
        new WebDriverWait(resident, Duration.ofSeconds(20)).withMessage("a reply containing " + text)
                .until(driver -> driver.findElements(By.cssSelector(".ca-message--bot")).stream()
                        .anyMatch(message -> message.getText().contains(text)));
    }

    /** The first line of an answer that is not a bullet, short enough to find in the chat. */
    private static String firstLine(String answer) {
        String line = answer.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("- "))
                .findFirst().orElseThrow();
        return line.length() > 40 ? line.substring(0, 40) : line;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void waitForText(WebDriver browser, By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.findElements(locator).stream()
                .anyMatch(element -> element.isDisplayed() && element.getText().contains(text)
                        || text.isEmpty() && !driver.findElements(locator).isEmpty()));
    }

    private static String runAxe(WebDriver browser) {
        return HeadlessChromium.axeViolations(browser);
    }

    private static WebDriver chromium() {
        return HeadlessChromium.start();
    }
}
