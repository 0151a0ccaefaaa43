package org.councilassistant.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.councilassistant.core.staff.StaffCredentials;
import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin's account API and page: creating, changing and re-passwording accounts, and what it refuses. */
@ExtendWith(OutputCaptureExtension.class)
class AccountApiIntegrationTests extends SecuredAssistant {

    private static final String API = "/api/admin/accounts";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void createsAnAccountThatSignsInWithItsPasswordStoredAsABcryptHash(CapturedOutput output) {
        String password = "new editor's password 1";
        Page created = admin().send("POST", API, account("New.Editor", "Nia Editor", password, "EDITOR"), true);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/admin/accounts/new.editor");
        assertThat(created.json().get("username").asString()).isEqualTo("new.editor");
        assertThat(created.json().get("roles").get(0).asString()).isEqualTo("EDITOR");
        assertThat(created.json().get("enabled").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain(password).doesNotContain("$2a$");
        assertThat(created.json().propertyNames())
                .containsExactlyInAnyOrder("username", "displayName", "roles", "enabled", "createdAt");

        StaffCredentials stored = accounts.findByUsername("new.editor").orElseThrow();
        assertThat(stored.passwordHash()).isNotEqualTo(password).matches("\\{bcrypt}\\$2[aby]\\$\\d\\d\\$.{53}");
        assertThat(passwordEncoder.matches(password, stored.passwordHash())).isTrue();
        assertThat(browser().signIn("new.editor", password).get("/staff/").status()).isNotIn(401, 403);
        assertThat(output.getAll()).contains("Staff account 'new.editor' created by 'admin'").doesNotContain(password);
    }

    @Test
    void listsAccountsWithoutPasswordsOrHashes() {
        signedInWith("listed-agent", StaffRole.AGENT);

        Page list = admin().send("GET", API, null, false);

        assertThat(list.status()).isEqualTo(200);
        assertThat(usernames(list.json())).contains("admin", "listed-agent");
        assertThat(list.body()).doesNotContain("$2a$");
        list.json().forEach(account -> assertThat(account.propertyNames())
                .containsExactlyInAnyOrder("username", "displayName", "roles", "enabled", "createdAt"));
    }

    @Test
    void changesRolesAndDisablesAnAccount() {
        signedInWith("changing", StaffRole.AGENT);
        StaffBrowser admin = admin();

        Page changed = admin.send("PATCH", API + "/Changing", "{\"roles\": [\"editor\", \"AGENT\"]}", true);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("roles").toString()).isEqualTo("[\"AGENT\",\"EDITOR\"]");

        Page disabled = admin.send("PATCH", API + "/changing", "{\"enabled\": false}", true);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(browser().attemptSignIn("changing", PASSWORD).location()).endsWith("/login?error");
    }

    @Test
    void setsANewPasswordWithoutEverLoggingIt(CapturedOutput output) {
        signedInWith("forgetful", StaffRole.EDITOR);
        String newPassword = "a much better password";

        Page changed = admin().send("POST", API + "/forgetful/password",
                "{\"password\": \"" + newPassword + "\"}", true);

        assertThat(changed.status()).isEqualTo(204);
        assertThat(browser().attemptSignIn("forgetful", PASSWORD).location()).endsWith("/login?error");
        browser().signIn("forgetful", newPassword);
        assertThat(output.getAll()).contains("Password of staff account 'forgetful' changed by 'admin'")
                .doesNotContain(newPassword).doesNotContain(PASSWORD).doesNotContain(ADMIN_PASSWORD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "ok-name | Ok   | short          | AGENT | password    | Password must be at least 12 characters",
            "ok-name | Ok   | long enough pw | BOSS  | roles       | Unknown role 'BOSS': choose from AGENT, EDITOR",
            "ok-name | Ok   | long enough pw | ''    | roles       | Choose at least one role",
            "not ok  | Ok   | long enough pw | AGENT | username    | Username must be 2 to 80 characters",
            "''      | Ok   | long enough pw | AGENT | username    | Enter a username",
            "ok-name | null | long enough pw | AGENT | displayName | Enter the person’s name"})
    void refusesInvalidDetailsWithAProblemPerField(String username, String displayName, String password, String role,
            String field, String message) {
        String[] roles = role.isEmpty() ? new String[0] : new String[] {role};

        Page refused = admin().send("POST", API, account(username, displayName, password, roles), true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asString()).isEqualTo("Invalid account details");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).startsWith(message);
        assertThat(accounts.findByUsername("ok-name")).isEmpty();
    }

    @Test
    void refusesABodyThatIsNotJson() {
        Page refused = admin().send("POST", API, "{\"username\": ", true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("Exception");
    }

    @Test
    void refusesAShortNewPassword() {
        signedInWith("short-reset", StaffRole.AGENT);

        Page refused = admin().send("POST", API + "/short-reset/password", "{\"password\": \"too short\"}", true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void refusesATakenUsernameInAnyCaseWithAConflict() {
        signedInWith("taken", StaffRole.AGENT);

        Page refused = admin().send("POST", API, account("TAKEN", "Someone else", PASSWORD, "AGENT"), true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("'taken'");
    }

    @Test
    void answersAnUnknownAccountWithNotFound() {
        StaffBrowser admin = admin();

        assertThat(admin.send("GET", API + "/nobody-here", null, false).status()).isEqualTo(404);
        Page patch = admin.send("PATCH", API + "/nobody-here", "{\"enabled\": true}", true);
        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAdminCannotDisableThemselvesOrGiveUpTheirAdminRole() {
        signedInWith("second-admin", StaffRole.ADMIN);
        StaffBrowser admin = browser().signIn("second-admin", PASSWORD);

        Page disable = admin.send("PATCH", API + "/second-admin", "{\"enabled\": false}", true);
        Page demote = admin.send("PATCH", API + "/Second-Admin", "{\"roles\": [\"EDITOR\"]}", true);

        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.json().get("detail").asString()).contains("cannot disable your own account");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().get("detail").asString()).contains("ADMIN role");
        assertThat(accounts.findByUsername("second-admin").orElseThrow().account().roles())
                .isEqualTo(Set.of(StaffRole.ADMIN));
        assertThat(admin.send("PATCH", API + "/second-admin", "{\"roles\": [\"ADMIN\", \"AGENT\"]}", true).status())
                .isEqualTo(200);
    }

    @Test
    void thePageLoadsTheScriptThatUsesTheApi() {
        Page page = admin().getHtml("/admin/accounts");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Staff accounts</h1>")
                .contains("src=\"/js/admin-accounts.js\"");
        assertThat(browser().get("/js/admin-accounts.js").body()).contains("from './staff-api.js'");
        assertThat(browser().get("/js/staff-api.js").body()).contains("'X-XSRF-TOKEN'");
    }

    private static String account(String username, String displayName, String password, String... roles) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", username);
        account.put("displayName", displayName);
        account.put("password", password);
        account.put("roles", List.of(roles));
        return JSON.writeValueAsString(account);
    }

    private static List<String> usernames(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(account -> names.add(account.get("username").asString()));
        return names;
    }
}
