package org.councilassistant.server.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The agent console's API with real sign-in: a resident's handoff claimed, answered live, and ended. */
class AgentConsoleApiIntegrationTests extends SecuredAssistant {

    @Test
    void anAgentClaimsTheConversationRepliesLiveAndEndsIt() throws Exception {
        String session = startSession();
        say(session, "how do I pay my council tax");
        say(session, "I'd like to talk to a person");
        StaffBrowser amy = signedInWith("agent.amy", StaffRole.AGENT);
        StaffBrowser bob = signedInWith("agent.bob", StaffRole.AGENT);
        CompletableFuture<String> residentSees = firstAgentMessageStreamedTo(session);

        JsonNode waiting = amy.get("/api/agent/queue").json().get("waiting");
        JsonNode mine = null;
        long id = -1;
        for (JsonNode handoff : waiting) {
            if (handoff.get("topic").asString().equals("how do I pay my council tax")) {
                id = handoff.get("id").asLong();
            }
        }
        assertThat(id).as("the handoff is in the queue").isPositive();

        StaffBrowser.Page claimed = amy.send("POST", "/api/agent/handoffs/" + id + "/claim", null, true);
        StaffBrowser.Page lost = bob.send("POST", "/api/agent/handoffs/" + id + "/claim", null, true);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.contentType()).startsWith("application/problem+json");
        JsonNode transcript = claimed.json().get("transcript");
        assertThat(transcript.get(0).get("text").asString()).isEqualTo("how do I pay my council tax");
        assertThat(transcript.get(0).get("intent").asString()).isEqualTo("council_tax_pay");

        assertThat(amy.send("POST", "/api/agent/handoffs/" + id + "/messages",
                json("Hello, this is Amy from the council"), true).status()).isEqualTo(201);
        assertThat(residentSees.get(30, TimeUnit.SECONDS)).contains("Hello, this is Amy from the council");
        assertThat(bob.send("POST", "/api/agent/handoffs/" + id + "/messages", json("me too"), true).status())
                .isEqualTo(409);

        mine = amy.get("/api/agent/queue").json().get("mine");
        assertThat(mine.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(amy.send("POST", "/api/agent/handoffs/" + id + "/end", null, true).status()).isEqualTo(200);
        JsonNode afterwards = say(session, "how do I pay my council tax");
        assertThat(afterwards.get("articleId").asString()).isEqualTo("pay-council-tax");
    }

    @Test
    void transfersOnlyToAnotherAgentAndSuggestsArticles() {
        String session = startSession();
        say(session, "speak to an adviser");
        StaffBrowser cara = signedInWith("agent.cara", StaffRole.AGENT);
        signedInWith("editor.eve", StaffRole.EDITOR);
        signedInWith("agent.dan", StaffRole.AGENT);
        long id = cara.get("/api/agent/queue").json().get("waiting").get(0).get("id").asLong();
        cara.send("POST", "/api/agent/handoffs/" + id + "/claim", null, true);

        assertThat(cara.send("POST", "/api/agent/handoffs/" + id + "/transfer", "{\"agent\": \"editor.eve\"}", true)
                .status()).isEqualTo(409);
        StaffBrowser.Page transferred = cara.send("POST", "/api/agent/handoffs/" + id + "/transfer",
                "{\"agent\": \"agent.dan\"}", true);
        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.json().get("handoff").get("agent").asString()).isEqualTo("agent.dan");

        JsonNode articles = cara.get("/api/agent/articles?q=pay%20council%20tax").json();
        assertThat(articles.get(0).get("id").asString()).isEqualTo("pay-council-tax");
        assertThat(articles.get(0).get("links")).isNotEmpty();
    }

    @Test
    void unknownConversationsAndEmptyRepliesAreClearErrors() {
        StaffBrowser erin = signedInWith("agent.erin", StaffRole.AGENT);

        assertThat(erin.get("/api/agent/handoffs/999999").status()).isEqualTo(404);
        assertThat(erin.send("POST", "/api/agent/handoffs/999999/messages", json(" "), true).status()).isEqualTo(400);
    }

    private String startSession() {
        return post(port, "/api/chat/sessions", "").body().get("sessionId").asString();
    }

    private JsonNode say(String session, String text) {
        return post(port, "/api/chat/sessions/" + session + "/messages", json(text)).body();
    }

    /** Opens the resident's event stream and completes with the first agent message on it. */
    private CompletableFuture<String> firstAgentMessageStreamedTo(String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/chat/sessions/" + session + "/events"))
                .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                boolean message = false;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        message = line.substring(6).strip().equals("message");
                    } else if (message && line.startsWith("data:") && line.contains("\"from\":\"agent\"")) {
                        return line;
                    }
                }
                return "";
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
