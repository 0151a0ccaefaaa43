package org.councilassistant.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared set-up for tests that drive the real application over HTTP: a fresh data directory, a clock fixed
 * on Wednesday 25 November 2026 (so bin dates are known), and a small JSON client.
 */
public final class RunningAssistant {

    /** Wednesday 25 November 2026, 10:00 in London. */
    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Europe/London"));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RunningAssistant() {
    }

    public static void freshDataDirectory(DynamicPropertyRegistry registry) {
        try {
            Path dataDir = Files.createTempDirectory("assistant-test-");
            registry.add("assistant.data-dir", dataDir::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the system clock so that "today" is always {@link #NOW}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW.toInstant(), NOW.getZone());
        }
    }

    /** An HTTP response with its body read as JSON (null when the body is not JSON). */
    public record JsonResponse(int status, String contentType, JsonNode body) {
    }

    public static JsonResponse post(int port, String path, String body) {
        return send(port, path, "POST", body);
    }

    public static JsonResponse get(int port, String path) {
        return send(port, path, "GET", null);
    }

    public static JsonResponse put(int port, String path, String body) {
        return send(port, path, "PUT", body);
    }

    private static JsonResponse send(int port, String path, String method, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new JsonResponse(response.statusCode(), contentType, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(String text) {
        return JSON.writeValueAsString(java.util.Map.of("text", text));
    }
}
