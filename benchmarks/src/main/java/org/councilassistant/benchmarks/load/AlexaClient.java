package org.councilassistant.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Alexa skill's endpoint, {@code POST /alexa}, called as Alexa calls it but unsigned (the server runs with
 * signature verification off), over one keep-alive HTTP/1.1 connection pool shared by every client thread. The
 * bodies are built once, one per ask, so that the client spends its time sending, as for web chat.
 */
final class AlexaClient {

    /** What the skill says when a handler failed: {@code error=} in alexa-skill's {@code messages/alexa.properties}. */
    static final String SKILL_ERROR = "something went wrong";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI endpoint;
    private final List<byte[]> bodies;

    AlexaClient(int port, Instant timestamp) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/alexa");
        List<byte[]> built = new ArrayList<>();
        for (int i = 0; i < AlexaRequests.ASKS.size(); i++) {
            built.add(AlexaRequests.envelope(AlexaRequests.ASKS.get(i), String.valueOf(i), timestamp)
                    .getBytes(StandardCharsets.UTF_8));
        }
        this.bodies = List.copyOf(built);
    }

    /** Sends request {@code number}; returns the HTTP status. The reply is read in full and dropped. */
    int send(long number) throws IOException, InterruptedException {
        return http.send(post(number), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Sends every ask once and checks that each was answered, so that a run never times an error path; returns what
     * Alexa would say to each.
     *
     * @throws IOException naming the first ask that was not answered
     */
    List<String> check() throws IOException, InterruptedException {
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            HttpResponse<String> response = http.send(post(i), HttpResponse.BodyHandlers.ofString());
            String speech = speech(response.body());
            Optional<String> problem = problem(response.statusCode(), speech);
            if (problem.isPresent()) {
                throw new IOException("POST /alexa, " + AlexaRequests.ASKS.get(i) + ": " + problem.get()
                        + "; the reply: " + response.body());
            }
            spoken.add(speech);
        }
        return spoken;
    }

    /** Why a reply is not an answer, if it is not: not 200, nothing said, or the skill's apology for an error. */
    static Optional<String> problem(int status, String speech) {
        if (status != 200) {
            return Optional.of("answered " + status);
        }
        if (speech.isBlank()) {
            return Optional.of("no outputSpeech in the reply");
        }
        if (speech.contains(SKILL_ERROR)) {
            return Optional.of("the skill apologised for an error (see the server log)");
        }
        return Optional.empty();
    }

    /** The SSML or plain text of a response envelope's {@code outputSpeech}; empty when there is none. */
    static String speech(String responseBody) {
        try {
            JsonNode speech = JSON.readTree(responseBody).at("/response/outputSpeech");
            String ssml = speech.path("ssml").asString("");
            return ssml.isEmpty() ? speech.path("text").asString("") : ssml;
        } catch (JacksonException e) {
            return "";
        }
    }

    private HttpRequest post(long number) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) (number % bodies.size()))))
                .build();
    }
}
