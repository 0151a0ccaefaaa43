package org.councilassistant.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * The web-chat API as a resident's browser uses it ({@code README.md}, "The chat API"), over one keep-alive
 * HTTP/1.1 connection pool shared by every client thread.
 */
final class ChatClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final Map<String, byte[]> bodies;

    ChatClient(int port) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = URI.create("http://127.0.0.1:" + port);
        this.bodies = ConversationScripts.messages().stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), ChatClient::body));
    }

    /** Starts a conversation; returns its session id. */
    String startSession() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(post("/api/chat/sessions", new byte[0]),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("starting a session answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("sessionId").asString();
    }

    /** Posts one message; returns the HTTP status. The reply is read in full and dropped. */
    int send(String sessionId, String text) throws IOException, InterruptedException {
        byte[] body = bodies.get(text);
        return http.send(post("/api/chat/sessions/" + sessionId + "/messages", body != null ? body : body(text)),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** True when {@code /actuator/health} says UP. */
    boolean healthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest post(String path, byte[] body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static byte[] body(String text) {
        return JSON.writeValueAsBytes(Map.of("text", text));
    }
}
