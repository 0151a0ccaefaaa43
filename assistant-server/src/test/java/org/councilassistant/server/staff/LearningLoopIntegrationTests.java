package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import java.time.Duration;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The learning loop over HTTP: a question residents asked lands in the inbox; staff teach it; retrain; try it. */
class LearningLoopIntegrationTests extends SecuredAssistant {

    @Test
    void anUnansweredQuestionBecomesATrainingPhraseAndTheModelIsRetrainedWhenConfirmed() {
        String session = post(port, "/api/chat/sessions", "").body().get("sessionId").asString();
        post(port, "/api/chat/sessions/" + session + "/messages", json("zorbing licence for my garden party"));
        StaffBrowser editor = signedInWith("editor.liz", StaffRole.EDITOR);

        long id = -1;
        for (JsonNode item : editor.get("/api/staff/inbox").json()) {
            if (item.get("example").asString().equals("zorbing licence for my garden party")) {
                id = item.get("id").asLong();
                // Out of scope, or a guess too unsure to trust: either way staff should see it.
                assertThat(item.get("reasons").toString()).containsAnyOf("OUT_OF_SCOPE", "LOW_CONFIDENCE");
            }
        }
        assertThat(id).as("the question is in the inbox").isPositive();

        assertThat(editor.send("POST", "/api/staff/inbox/" + id + "/training-phrase", "{\"intent\": \"no_such\"}", true)
                .status()).isEqualTo(400);
        assertThat(editor.send("POST", "/api/staff/inbox/" + id + "/training-phrase", "{\"intent\": \"planning\"}", true)
                .status()).isEqualTo(204);
        assertThat(editor.send("POST", "/api/staff/inbox/" + id + "/dismiss", null, true).status()).isEqualTo(409);
        assertThat(editor.get("/api/staff/inbox").json().toString()).doesNotContain("zorbing");

        assertThat(editor.send("POST", "/api/staff/retraining/apply", "{}", true).status()).isEqualTo(409);
        assertThat(editor.send("POST", "/api/staff/retraining", null, true).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                !editor.get("/api/staff/retraining").json().get("status").asString().equals("running"));
        JsonNode ready = editor.get("/api/staff/retraining").json();
        assertThat(ready.get("status").asString()).isEqualTo("ready");
        assertThat(ready.get("comparison").get("examplesAfter").asInt())
                .isEqualTo(ready.get("comparison").get("examplesBefore").asInt() + 1);

        StaffBrowser.Page applied = editor.send("POST", "/api/staff/retraining/apply", "{\"evenIfWorse\": true}", true);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().get("status").asString()).isEqualTo("applied");
    }

    @Test
    void tryItShowsTheAnswerTheTopIntentsAndTheTopArticlesWithoutStoringAnything() {
        StaffBrowser editor = signedInWith("editor.mo", StaffRole.EDITOR);

        JsonNode tried = editor.get("/api/staff/try?q=how%20do%20I%20pay%20my%20council%20tax").json();

        assertThat(tried.get("intent").asString()).isEqualTo("council_tax_pay");
        assertThat(tried.get("articleId").asString()).isEqualTo("pay-council-tax");
        assertThat(tried.get("topIntents").get(0).get("intent").asString()).isEqualTo("council_tax_pay");
        assertThat(tried.get("topArticles").get(0).get("score").asDouble()).isPositive();
        assertThat(editor.get("/api/staff/try?q=talk%20to%20a%20person").json().get("answer").asString())
                .contains("01632 960 100");
        assertThat(editor.get("/api/agent/queue").status()).isEqualTo(403);
    }
}
