package org.councilassistant.server.alexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.councilassistant.server.RunningAssistant;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With the default settings (verification on), requests not signed by Amazon never reach the skill. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "assistant.alexa.skill-id=" + AlexaRequests.SKILL_ID)
@Import(RunningAssistant.FixedClock.class)
class AlexaVerificationIntegrationTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

    @Test
    void anUnsignedRequestIsRefusedWithAProblem() {
        JsonResponse response = RunningAssistant.post(port, "/alexa", launch());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asString()).isEqualTo("Alexa request not verified");
    }

    @Test
    void aCertificateUrlOutsideAmazonsIsRefusedBeforeAnythingIsFetched() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/alexa"))
                .header("Content-Type", "application/json")
                .header("SignatureCertChainUrl", "https://attacker.example/echo.api/cert.pem")
                .header("Signature-256", Base64.getEncoder().encodeToString(new byte[256]))
                .POST(HttpRequest.BodyPublishers.ofString(launch()))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Welcome");
    }

    @Test
    void anEmptyBodyIsABadRequestWithAProblem() {
        JsonResponse response = RunningAssistant.post(port, "/alexa", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String launch() {
        return new AlexaRequests("https://api.eu.amazonalexa.com", RunningAssistant.NOW.toInstant()).launch();
    }
}
