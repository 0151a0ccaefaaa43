package org.councilassistant.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;

/** Signing in and out through the login page, the session and CSRF cookies, and CSRF on session routes. */
class SignInIntegrationTests extends SecuredAssistant {

    @Test
    void theLoginPageIsPublicAccessibleAndIssuesAScriptReadableCsrfCookie() {
        Page login = browser().getHtml("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("<title>Sign in – Council assistant staff</title>")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"username\">")
                .contains("autocomplete=\"username\"").contains("autocomplete=\"current-password\"")
                .doesNotContain("govuk-error-summary\"");
        assertThat(login.setCookie("XSRF-TOKEN")).get().asString()
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("HttpOnly");
    }

    @Test
    void theRightPasswordSignsInToTheStaffHomePageWithAnHttpOnlyLaxSessionCookie() {
        signedInWith("home-agent", StaffRole.AGENT);
        StaffBrowser browser = browser();

        Page signIn = browser.attemptSignIn("HOME-AGENT", PASSWORD);

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).endsWith("/staff-home");
        assertThat(signIn.setCookie("JSESSIONID")).get().asString()
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        Page home = browser.getHtml("/staff-home");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as <strong>home-agent</strong>")
                .contains("href=\"/agent/\"").doesNotContain("href=\"/staff/\"")
                .doesNotContain("href=\"/admin/accounts\"");
    }

    @Test
    void anAdminsHomePageLinksToEveryConsole() {
        Page home = admin().getHtml("/staff-home");

        assertThat(home.body()).contains(">Agent console</a>", ">Knowledge base</a>", ">Staff accounts</a>");
    }

    @Test
    void aWrongPasswordIsRefusedWithAnErrorSummary() {
        signedInWith("wrong-password", StaffRole.EDITOR);
        StaffBrowser browser = browser();

        Page signIn = browser.attemptSignIn("wrong-password", "not the password");

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).endsWith("/login?error");
        Page again = browser.getHtml("/login?error");
        assertThat(again.body()).contains("<title>Error: Sign in – Council assistant staff</title>")
                .contains("There is a problem")
                .contains("<a href=\"#username\">Enter a correct username and password</a>")
                .contains("aria-describedby=\"username-error\"");
        assertThat(browser.get("/staff-home").redirectsToSignIn()).isTrue();
    }

    @Test
    void anUnknownUsernameIsRefusedTheSameWay() {
        assertThat(browser().attemptSignIn("nobody-at-all", PASSWORD).location()).endsWith("/login?error");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        signedInWith("disabled-editor", StaffRole.EDITOR);
        accounts.setEnabled("disabled-editor", false);

        assertThat(browser().attemptSignIn("disabled-editor", PASSWORD).location()).endsWith("/login?error");
    }

    @Test
    void disablingOrChangingTheRolesOfAnAccountEndsItsSessions() {
        StaffBrowser editor = signedInWith("soon-disabled", StaffRole.EDITOR);
        StaffBrowser agent = signedInWith("soon-editor", StaffRole.AGENT);
        assertThat(editor.get("/staff-home").status()).isEqualTo(200);

        accounts.setEnabled("soon-disabled", false);
        accounts.setRoles("soon-editor", Set.of(StaffRole.EDITOR));

        assertThat(editor.get("/staff-home").redirectsToSignIn()).isTrue();
        assertThat(agent.send("GET", "/api/agent/conversations", null, false).status()).isEqualTo(401);
        StaffBrowser again = browser().signIn("soon-editor", PASSWORD);
        assertThat(again.get("/staff/").status()).isNotIn(401, 403);
        assertThat(again.get("/agent/").status()).isEqualTo(403);
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedAndWithItGoesThrough() {
        StaffBrowser admin = admin();
        String body = "{\"username\": \"csrf-check\", \"displayName\": \"Csrf\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"AGENT\"]}";

        Page refused = admin.send("POST", "/api/admin/accounts", body, false);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Missing or invalid CSRF token");
        assertThat(accounts.findByUsername("csrf-check")).isEmpty();

        assertThat(admin.send("POST", "/api/admin/accounts", body, true).status()).isEqualTo(201);
    }

    @Test
    void signingOutNeedsTheFormsCsrfTokenAndEndsTheSession() {
        StaffBrowser browser = signedInWith("signs-out", StaffRole.AGENT);

        assertThat(browser.postForm("/logout", Map.of()).status()).isEqualTo(403);
        Page home = browser.getHtml("/staff-home");
        assertThat(home.status()).isEqualTo(200);

        Page signedOut = browser.postForm("/logout", Map.of("_csrf", home.hiddenCsrfToken()));
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).endsWith("/login?logout");
        assertThat(browser.getHtml("/login?logout").body()).contains("You have signed out");
        assertThat(browser.get("/staff-home").redirectsToSignIn()).isTrue();
    }

    @Test
    void signingInAfterOpeningAConsolePageReturnsToThatPage() {
        StaffBrowser browser = browser();
        assertThat(browser.getHtml("/admin/accounts").redirectsToSignIn()).isTrue();

        Page signIn = browser.attemptSignIn(ADMIN, ADMIN_PASSWORD);

        assertThat(signIn.location()).contains("/admin/accounts");
    }

    @Test
    void anAssetOutsideThePublicOnesIsNotRememberedAndStartsNoSession() {
        StaffBrowser browser = browser();

        Page font = browser.get("/assets/fonts/light.woff2");

        assertThat(font.redirectsToSignIn()).isTrue();
        assertThat(font.setCookie("JSESSIONID")).isEmpty();
        assertThat(browser.attemptSignIn(ADMIN, ADMIN_PASSWORD).location()).endsWith("/staff-home");
    }

    @Test
    void theSignedInAreSentOnFromTheLoginPage() {
        Page login = signedInWith("already-in", StaffRole.AGENT).get("/login");

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/staff-home");
    }

    @Test
    void aPageTheRoleDoesNotAllowExplainsWhy() {
        Page page = signedInWith("agent-lost", StaffRole.AGENT).getHtml("/admin/accounts");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot open this page");
    }

    @Test
    void pagesCarrySpringSecuritysDefaultHeaders() {
        Page login = browser().get("/login");

        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }
}
