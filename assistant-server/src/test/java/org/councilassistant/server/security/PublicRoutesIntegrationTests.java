package org.councilassistant.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.councilassistant.server.RunningAssistant;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What residents and Alexa use stays open: no sign-in, no CSRF token, no cookies. */
class PublicRoutesIntegrationTests extends SecuredAssistant {

    @Test
    void theChatApiNeedsNoSignInOrCsrfTokenAndSetsNoCookies() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
        String session = RunningAssistant.post(port, "/api/chat/sessions", "{}").body().get("sessionId").asString();
        JsonResponse answer = RunningAssistant.post(port, "/api/chat/sessions/" + session + "/messages",
                RunningAssistant.json("how do I pay my council tax"));
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void theChatApiStillAnswersCrossOriginPreflights() throws IOException, InterruptedException {
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/sessions"))
                        .header("Origin", "https://www.brackenfield.example")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "Content-Type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void anUnsignedAlexaRequestIsRefusedByTheSkillsOwnVerificationNotBySecurity() {
        JsonResponse response = RunningAssistant.post(port, "/alexa",
                "{\"version\": \"1.0\", \"request\": {\"type\": \"LaunchRequest\"}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("title").asString()).isEqualTo("Alexa request not verified");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/accessibility", "/api/chat/council", "/widget/council-assistant.js",
            "/widget/council-assistant.css", "/css/site.css", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
            "/actuator/health", "/actuator/health/liveness", "/login", "/js/staff-api.js"})
    void residentsPagesAssetsAndHealthNeedNoSignIn(String path) {
        Page page = browser().get(path);

        assertThat(page.status()).as(path).isEqualTo(200);
    }
}
