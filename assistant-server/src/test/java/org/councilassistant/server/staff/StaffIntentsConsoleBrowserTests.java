package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.browser.HeadlessChromium;
import org.councilassistant.server.security.SecuredAssistant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Intents console page in a real browser (Debian chromium): an editor's mistakes come back as a GOV.UK error
 * summary in plain words linked to each field, the corrected intent is saved with a link to retrain, and it can be
 * deleted; the pages have no WCAG 2.2 AA violations (axe-core), errors showing or not.
 *
 * <p>Runs in the {@code browser} Maven profile, like the other browser tests.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
class StaffIntentsConsoleBrowserTests extends SecuredAssistant {

    private static final String EDITOR = "editor.intent.browser";

    static WebDriver editor;

    @BeforeAll
    static void startTheBrowser() {
        editor = HeadlessChromium.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (editor != null) {
            editor.quit();
        }
    }

    @Test
    void anEditorCorrectsTheProblemsTheFormShowsSavesTheIntentAndDeletesIt() {
        signedInWith(EDITOR, StaffRole.EDITOR);
        signIn("/staff/intents/new");
        Map<String, String> violations = new LinkedHashMap<>();
        waitForOptions(By.id("intent-article"));
        violations.put("new intent", HeadlessChromium.axeViolations(editor));

        editor.findElement(By.id("intent-name")).sendKeys("Dog Fouling");
        editor.findElement(By.id("intent-english")).sendKeys("report dog mess");
        editor.findElement(By.id("intent-save")).click();

        WebElement summary = waitFor(By.id("staff-errors"));
        assertThat(summary.findElements(By.cssSelector("#staff-error-list a"))).extracting(WebElement::getText)
                .containsExactly(
                        "The name must be lowercase words joined by underscores, with no spaces or numbers, like "
                                + "allotments_waiting_list",
                        "Enter at least 5 English phrases, one on each line (there are 1)",
                        "Choose what the assistant does for this intent");
        assertThat(editor.findElement(By.id("intent-name-error")).getText()).contains("lowercase words");
        assertThat(editor.getTitle()).startsWith("Error: ");
        violations.put("new intent with errors", HeadlessChromium.axeViolations(editor));

        editor.findElement(By.id("intent-name")).clear();
        editor.findElement(By.id("intent-name")).sendKeys("dog_fouling_report");
        editor.findElement(By.id("intent-english")).sendKeys("\ndog poo on the pavement\nsomeone didn't clean up "
                + "after their dog\ndog fouling in the park\nfine for not picking up dog mess");
        editor.findElement(By.cssSelector("label[for='intent-action-article']")).click();
        new Select(waitFor(By.id("intent-article"))).selectByValue("report-dog-fouling");
        editor.findElement(By.id("intent-save")).click();

        assertThat(waitFor(By.id("staff-notice-text")).getText()).isEqualTo("Intent added");
        assertThat(editor.getCurrentUrl()).endsWith("/staff/intents/dog_fouling_report");
        assertThat(editor.findElement(By.cssSelector("#intent-retrain a")).getAttribute("href")).endsWith("/staff/retraining");
        assertThat(editor.findElement(By.id("intent-name")).getAttribute("readonly")).isNotNull();
        violations.put("saved intent", HeadlessChromium.axeViolations(editor));

        editor.get(url("/staff/intents"));
        waitFor(By.linkText("dog_fouling_report"));
        violations.put("intents", HeadlessChromium.axeViolations(editor));

        editor.findElement(By.linkText("dog_fouling_report")).click();
        waitFor(By.id("intent-delete")).click();
        waitFor(By.id("intent-delete-yes")).click();
        assertThat(waitFor(By.id("staff-notice-text")).getText()).isEqualTo("Intent dog_fouling_report deleted");
        assertThat(editor.findElements(By.linkText("dog_fouling_report"))).isEmpty();

        assertThat(violations).allSatisfy((page, found) -> assertThat(found).as("axe-core violations on %s", page)
                .isEqualTo("[]"));
    }

    private void signIn(String path) {
        editor.manage().deleteAllCookies();
        editor.get(url(path));
        waitFor(By.id("username")).sendKeys(EDITOR);
        editor.findElement(By.id("password")).sendKeys(PASSWORD);
        editor.findElement(By.cssSelector("form button")).click();
        waitFor(By.xpath("//strong[text()='" + EDITOR + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(editor, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void waitForOptions(By select) {
        new WebDriverWait(editor, Duration.ofSeconds(20))
                .until(driver -> driver.findElement(select).findElements(By.tagName("option")).size() > 1);
    }
}
