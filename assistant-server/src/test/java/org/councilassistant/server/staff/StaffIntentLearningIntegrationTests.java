package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;
import static org.councilassistant.server.staff.StaffIntentApiIntegrationTests.article;
import static org.councilassistant.server.staff.StaffIntentApiIntegrationTests.handOff;
import static org.councilassistant.server.staff.StaffIntentApiIntegrationTests.intent;

import java.time.Duration;
import java.util.List;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Staff add intents of their own over HTTP, retrain from the console, and residents' own words, which are none of
 * the phrases staff gave, are then understood: answered from the article staff chose, or handed to a person.
 * Retraining takes a minute or two, so one retraining serves both intents.
 */
class StaffIntentLearningIntegrationTests extends SecuredAssistant {

    private static final String ALLOTMENTS = "allotments_waiting_list";
    private static final String BUSINESS_RATES = "business_rates_dispute";
    private static final List<String> ALLOTMENT_PHRASES = List.of("how do I get an allotment",
            "allotment waiting list", "how long is the wait for an allotment", "can I rent an allotment plot",
            "put my name down for an allotment", "I'd like a plot to grow vegetables",
            "where am I on the allotment list", "apply for an allotment", "are there any allotments available",
            "how much does it cost to rent an allotment");
    private static final List<String> ALLOTMENT_PHRASES_CY = List.of("sut ydw i'n cael rhandir",
            "rhestr aros rhandiroedd", "rhentu rhandir", "gwneud cais am rhandir", "oes rhandiroedd ar gael",
            "faint mae rhandir yn ei gostio");
    private static final List<String> BUSINESS_RATES_PHRASES = List.of("I want to dispute my business rates",
            "my business rates bill is wrong", "challenge my business rates", "appeal against my business rates",
            "business rates are too high for my shop", "I disagree with my business rates bill",
            "query my business rates", "who can I speak to about business rates");
    private static final String RESIDENT_ON_ALLOTMENTS = "how long would I have to wait for an allotment plot";
    private static final String RESIDENT_ON_RATES = "the business rates on my cafe seem far too high and I want to contest them";

    @Test
    void residentsWordsForTheIntentsStaffAddedAreUnderstoodOnceStaffRetrain() {
        StaffBrowser editor = signedInWith("editor.allotments", StaffRole.EDITOR);
        String articleId = publishedArticle(editor);
        assertThat(editor.send("POST", "/api/staff/intents",
                intent(ALLOTMENTS, ALLOTMENT_PHRASES, ALLOTMENT_PHRASES_CY, article(articleId)), true).status())
                .isEqualTo(201);
        assertThat(editor.send("POST", "/api/staff/intents",
                intent(BUSINESS_RATES, BUSINESS_RATES_PHRASES, List.of(), handOff()), true).status()).isEqualTo(201);
        assertThat(residentAsks(RESIDENT_ON_ALLOTMENTS).get("intent").asString()).as("before retraining")
                .isNotEqualTo(ALLOTMENTS);

        retrain(editor);

        JsonNode allotments = residentAsks(RESIDENT_ON_ALLOTMENTS);
        assertThat(allotments.get("intent").asString()).isEqualTo(ALLOTMENTS);
        assertThat(allotments.get("articleId").asString()).isEqualTo(articleId);
        assertThat(allotments.get("replies").toString()).contains("PLOT-5150");

        JsonNode welsh = residentAsks("faint yw'r rhestr aros am rhandir");
        assertThat(welsh.get("language").asString()).isEqualTo("cy");
        assertThat(welsh.get("intent").asString()).isEqualTo(ALLOTMENTS);
        assertThat(welsh.get("articleId").asString()).isEqualTo(articleId);

        String session = startChat();
        JsonNode rates = say(session, RESIDENT_ON_RATES);
        assertThat(rates.get("handoff").get("status").asString()).isEqualTo("queued");
        post(port, "/api/chat/sessions/" + session + "/handoff/cancel", "");
    }

    private String publishedArticle(StaffBrowser editor) {
        Page created = editor.send("POST", "/api/staff/articles", KnowledgeBaseConsoleIntegrationTests.article(null,
                null, "Allotments", "Our allotment sites are run by the allotment societies. Join the waiting list "
                        + "online with reference PLOT-5150; most people wait about two years for a plot."), true);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(editor.send("POST", "/api/staff/articles/" + id + "/publish", "{\"version\": 1}", true).status())
                .isEqualTo(200);
        return id;
    }

    private static void retrain(StaffBrowser editor) {
        assertThat(editor.send("POST", "/api/staff/retraining", null, true).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                !editor.get("/api/staff/retraining").json().get("status").asString().equals("running"));
        JsonNode ready = editor.get("/api/staff/retraining").json();
        assertThat(ready.get("status").asString()).isEqualTo("ready");
        Page applied = editor.send("POST", "/api/staff/retraining/apply", "{\"evenIfWorse\": true}", true);
        assertThat(applied.status()).isEqualTo(200);
    }

    private JsonNode residentAsks(String question) {
        return say(startChat(), question);
    }

    private String startChat() {
        return post(port, "/api/chat/sessions", "").body().get("sessionId").asString();
    }

    private JsonNode say(String session, String text) {
        return post(port, "/api/chat/sessions/" + session + "/messages", json(text)).body();
    }
}
