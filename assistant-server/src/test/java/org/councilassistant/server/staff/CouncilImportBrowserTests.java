package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor imports the council's own pages ({@code docs/sample-import.json}) on the import page: chooses the
 * file, checks the preview, applies it, and a resident's chat is answered from the new content without a
 * restart. The page has no WCAG 2.2 AA violations (axe-core) before the preview, with it, and with errors.
 *
 * <p>Runs in the {@code browser} Maven profile.
 */
@EnabledIfSystemProperty(named = "assistant.test.browser", matches = "true")
class CouncilImportBrowserTests extends SecuredAssistant {

    private static final String EDITOR = "editor.import";
    private static final Path SAMPLE = Path.of("..", "docs", "sample-import.json");

    static WebDriver editor;
    static WebDriver resident;

    @TempDir
    Path directory;

    @BeforeAll
    static void startBrowsers() {
        editor = HeadlessChromium.start();
        resident = HeadlessChromium.start();
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
    void anEditorPreviewsAndImportsTheCouncilsPagesAndResidentsAreAnsweredFromThemAtOnce() {
        signedInWith(EDITOR, StaffRole.EDITOR);
        signIn();
        Map<String, String> violations = new LinkedHashMap<>();
        violations.put("before the preview", HeadlessChromium.axeViolations(editor));

        editor.findElement(By.id("import-file")).sendKeys(SAMPLE.toAbsolutePath().normalize().toString());
        editor.findElement(By.id("import-preview-button")).click();

        waitFor(By.id("import-preview-title"));
        assertThat(editor.findElement(By.id("import-counts")).getText()).containsPattern("New articles\\s+6\\s");
        assertThat(editor.findElement(By.id("import-changes")).getText())
                .contains("Rent an allotment", "rent-an-allotment", "rhentu-rhandir-cy", "New");
        assertThat(editor.switchTo().activeElement().getAttribute("id")).isEqualTo("import-preview-title");
        violations.put("with the preview", HeadlessChromium.axeViolations(editor));
        editor.findElement(By.id("import-apply")).click();

        assertThat(waitFor(By.id("staff-notice-text")).getText()).startsWith("Imported: 6 new, 0 updated");
        assertThat(editor.findElement(By.id("import-preview")).isDisplayed()).isFalse();
        resident.get(url("/"));
        waitFor(resident, By.id("ca-input")).sendKeys("how do I rent an allotment", Keys.ENTER);
        new WebDriverWait(resident, Duration.ofSeconds(20)).withMessage("an answer from the imported page")
                .until(driver -> driver.findElements(By.cssSelector(".ca-message--bot")).stream()
                        .anyMatch(message -> message.getText().contains("125 square metres")));

        editor.findElement(By.id("import-file")).sendKeys(badFile().toString());
        editor.findElement(By.id("import-preview-button")).click();
        assertThat(waitFor(By.id("staff-error-list")).getText()).contains("Row 3: enter a title");
        assertThat(editor.findElement(By.id("import-preview")).isDisplayed()).isFalse();
        violations.put("with errors", HeadlessChromium.axeViolations(editor));

        assertThat(violations).allSatisfy((state, found) -> assertThat(found)
                .as("axe-core violations on the import page %s", state).isEqualTo("[]"));
    }

    private Path badFile() {
        try {
            return Files.writeString(directory.resolve("bad.csv"), "title,answer\r\nFine,Yes.\r\n,No title.\r\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void signIn() {
        editor.manage().deleteAllCookies();
        editor.get(url("/staff/transfer"));
        waitFor(By.id("username")).sendKeys(EDITOR);
        editor.findElement(By.id("password")).sendKeys(PASSWORD);
        editor.findElement(By.cssSelector("form button")).click();
        waitFor(By.id("import-file"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement waitFor(By locator) {
        return waitFor(editor, locator);
    }

    private static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
