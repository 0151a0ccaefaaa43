package org.councilassistant.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every agent, staff and admin route, page and API, read and write: refused to the signed-out (sign-in page,
 * or 401 problem) and to the wrong roles (403), let through for the right role and for an admin. Requests carry
 * a valid CSRF token, so what refuses them is the role check, not CSRF. The features behind most routes come
 * later, so "let through" means anything but 401, 403 or a redirect to sign in (404 is fine).
 */
class RouteAccessIntegrationTests extends SecuredAssistant {

    /** A route and the role it needs; {@code api} routes answer problems instead of redirecting. */
    record Route(String method, String path, StaffRole role, boolean api) {

        @Override
        public String toString() {
            return method + " " + path + " (" + role + ")";
        }
    }

    static Stream<Route> routes() {
        return Stream.of(
                new Route("GET", "/agent/", StaffRole.AGENT, false),
                new Route("GET", "/agent/conversations/42", StaffRole.AGENT, false),
                new Route("POST", "/agent/conversations/42/reply", StaffRole.AGENT, false),
                new Route("GET", "/api/agent/conversations", StaffRole.AGENT, true),
                new Route("POST", "/api/agent/conversations/42/messages", StaffRole.AGENT, true),
                new Route("GET", "/staff/", StaffRole.EDITOR, false),
                new Route("GET", "/staff/articles/pay-council-tax", StaffRole.EDITOR, false),
                new Route("POST", "/staff/articles", StaffRole.EDITOR, false),
                new Route("GET", "/api/staff/articles", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/articles", StaffRole.EDITOR, true),
                new Route("GET", "/staff/articles/new", StaffRole.EDITOR, false),
                new Route("GET", "/staff/articles/pay-council-tax/history", StaffRole.EDITOR, false),
                new Route("GET", "/staff/inbox", StaffRole.EDITOR, false),
                new Route("GET", "/staff/notices", StaffRole.EDITOR, false),
                new Route("GET", "/staff/synonyms", StaffRole.EDITOR, false),
                new Route("GET", "/staff/transfer", StaffRole.EDITOR, false),
                new Route("GET", "/staff/retraining", StaffRole.EDITOR, false),
                new Route("GET", "/staff/try", StaffRole.EDITOR, false),
                new Route("GET", "/api/staff/articles/pay-council-tax", StaffRole.EDITOR, true),
                new Route("PUT", "/api/staff/articles/no-such-article", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/articles/no-such-article/publish", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/articles/no-such-article/archive", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/articles/no-such-article/draft", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/articles/pay-council-tax/versions", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/articles/pay-council-tax/diff?to=1", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/articles/no-such-article/versions/1/restore", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/articles/preview", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/articles/pay-council-tax/ratings", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/intents", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/service-areas", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/notices", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/notices", StaffRole.EDITOR, true),
                new Route("PUT", "/api/staff/notices/999999", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/notices/999999/expire", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/synonyms", StaffRole.EDITOR, true),
                new Route("PUT", "/api/staff/synonyms", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/export?format=csv", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/import", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/inbox", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/inbox/999999/dismiss", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/inbox/999999/training-phrase", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/inbox/999999/alternate-question", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/inbox/999999/article", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/retraining", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/retraining/apply", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/try?q=hello", StaffRole.EDITOR, true),
                new Route("GET", "/staff/intents", StaffRole.EDITOR, false),
                new Route("GET", "/staff/intents/new", StaffRole.EDITOR, false),
                new Route("GET", "/staff/intents/no_such_intent", StaffRole.EDITOR, false),
                new Route("GET", "/api/staff/intents/no_such_intent", StaffRole.EDITOR, true),
                new Route("POST", "/api/staff/intents", StaffRole.EDITOR, true),
                new Route("PUT", "/api/staff/intents/no_such_intent", StaffRole.EDITOR, true),
                new Route("DELETE", "/api/staff/intents/no_such_intent", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/tasks", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/intent-changes", StaffRole.EDITOR, true),
                new Route("GET", "/api/staff/alexa/interaction-model", StaffRole.EDITOR, true),
                new Route("GET", "/admin/accounts", StaffRole.ADMIN, false),
                new Route("POST", "/admin/accounts", StaffRole.ADMIN, false),
                new Route("GET", "/api/admin/accounts", StaffRole.ADMIN, true),
                new Route("POST", "/api/admin/accounts", StaffRole.ADMIN, true),
                new Route("PATCH", "/api/admin/accounts/nobody", StaffRole.ADMIN, true),
                new Route("POST", "/api/admin/accounts/nobody/password", StaffRole.ADMIN, true),
                new Route("GET", "/actuator", StaffRole.ADMIN, true),
                new Route("GET", "/actuator/info", StaffRole.ADMIN, true));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void theSignedOutAreSentToSignInFromPagesAndRefusedWith401FromApis(Route route) {
        Page page = request(browser(), route);

        if (route.api()) {
            assertThat(page.status()).isEqualTo(401);
            assertThat(page.contentType()).startsWith("application/problem+json");
            assertThat(page.json().get("status").asInt()).isEqualTo(401);
        } else {
            assertThat(page.redirectsToSignIn()).as("redirect to /login, got %s %s", page.status(), page.location())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("routes")
    void otherRolesAreForbidden(Route route) {
        Set<StaffRole> wrong = EnumSet.complementOf(EnumSet.of(route.role(), StaffRole.ADMIN));
        for (StaffRole role : wrong) {
            Page page = request(signedInWith(role.name().toLowerCase(Locale.ROOT) + "-only", role), route);

            assertThat(page.status()).as("%s as %s", route, role).isEqualTo(403);
            if (route.api()) {
                assertThat(page.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(request(signedInWith("no-roles"), route).status()).as("%s with no role", route).isEqualTo(403);
    }

    @ParameterizedTest
    @MethodSource("routes")
    void theRightRoleGetsThrough(Route route) {
        Page page = request(signedInWith(route.role().name().toLowerCase(Locale.ROOT) + "-only", route.role()), route);

        assertLetThrough(page, route);
    }

    @ParameterizedTest
    @MethodSource("routes")
    void anAdminReachesEverything(Route route) {
        assertLetThrough(request(admin(), route), route);
    }

    private static Page request(StaffBrowser browser, Route route) {
        String body = route.method().equals("GET") ? null : "{}";
        return browser.send(route.method(), route.path(), body, true);
    }

    private static void assertLetThrough(Page page, Route route) {
        assertThat(page.status()).as("%s answered %s", route, page.status()).isNotIn(401, 403);
        assertThat(page.redirectsToSignIn()).as("%s redirected to sign in", route).isFalse();
    }
}
