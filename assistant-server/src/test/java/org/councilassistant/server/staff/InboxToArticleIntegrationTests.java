package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Residents' questions reaching articles through the inbox: a thumbs-down files the question behind the answer,
 * and an unanswered question added to a published article is answered from it at once.
 */
class InboxToArticleIntegrationTests extends SecuredAssistant {

    @Test
    void aThumbsDownPutsTheQuestionBehindTheAnswerInTheInbox() {
        String session = newSession();
        JsonNode answer = post(port, "/api/chat/sessions/" + session + "/messages",
                json("what dates can I pay my council tax instalments by direct debit")).body();
        String articleId = answer.get("articleId").asString();
        // Distinct enough from other tests' questions (sharing this running application) not to be grouped with them.

        JsonResponse rated = post(port, "/api/chat/sessions/" + session + "/ratings",
                "{\"articleId\": \"" + articleId + "\", \"helpful\": false}");

        assertThat(rated.status()).isEqualTo(204);
        StaffBrowser editor = signedInWith("editor.hal", StaffRole.EDITOR);
        JsonNode item = inboxItem(editor, "what dates can I pay my council tax instalments by direct debit");
        assertThat(item).as("the question is in the inbox").isNotNull();
        assertThat(item.get("reasons").toString()).contains("THUMBS_DOWN");
        assertThat(editor.get("/api/staff/articles/" + articleId + "/ratings").json().get("notHelpful").asInt())
                .isPositive();
        assertThat(post(port, "/api/chat/sessions/" + session + "/ratings",
                "{\"articleId\": \"" + articleId + "\", \"helpful\": true}").status()).isEqualTo(204);
        assertThat(post(port, "/api/chat/sessions/no-such-session/ratings",
                "{\"articleId\": \"" + articleId + "\", \"helpful\": false}").status()).isEqualTo(404);
        assertThat(post(port, "/api/chat/sessions/" + session + "/ratings",
                "{\"articleId\": \"no-such-article\", \"helpful\": false}").status()).isEqualTo(404);
    }

    @Test
    void anUnansweredQuestionAddedToAPublishedArticleIsAnsweredFromItAtOnce() {
        String question = "is the swimming pool open on sundays";
        JsonNode before = post(port, "/api/chat/sessions/" + newSession() + "/messages", json(question)).body();
        assertThat(before.get("articleId").isNull()).as("unanswered at first: %s", before).isTrue();
        StaffBrowser editor = signedInWith("editor.ivy", StaffRole.EDITOR);
        long id = inboxItem(editor, question).get("id").asLong();
        int version = editor.get("/api/staff/articles/council-opening-hours").json()
                .get("version").asInt();

        StaffBrowser.Page added = editor.send("POST", "/api/staff/inbox/" + id + "/alternate-question",
                "{\"articleId\": \"council-opening-hours\"}", true);

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("version").asInt()).isEqualTo(version + 1);
        assertThat(added.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(added.json().get("alternateQuestions").toString()).contains(question);
        assertThat(inboxItem(editor, question)).as("closed").isNull();
        JsonNode after = post(port, "/api/chat/sessions/" + newSession() + "/messages", json(question)).body();
        assertThat(after.get("articleId").asString()).isEqualTo("council-opening-hours");
        assertThat(editor.send("POST", "/api/staff/inbox/" + id + "/alternate-question",
                "{\"articleId\": \"council-opening-hours\"}", true).status()).isEqualTo(409);
    }

    @Test
    void anInboxQuestionBecomesANewDraftArticle() {
        String question = "do you sell fishing permits for the canal";
        post(port, "/api/chat/sessions/" + newSession() + "/messages", json(question));
        StaffBrowser editor = signedInWith("editor.jo", StaffRole.EDITOR);
        long id = inboxItem(editor, question).get("id").asLong();

        StaffBrowser.Page created = editor.send("POST", "/api/staff/inbox/" + id + "/article", null, true);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("title").asString()).isEqualTo("Do you sell fishing permits for the canal");
        assertThat(created.json().get("alternateQuestions").toString()).contains(question);
        assertThat(inboxItem(editor, question)).isNull();
    }

    private String newSession() {
        return post(port, "/api/chat/sessions", "").body().get("sessionId").asString();
    }

    private static JsonNode inboxItem(StaffBrowser editor, String example) {
        for (JsonNode item : editor.get("/api/staff/inbox").json()) {
            if (item.get("example").asString().equals(example)) {
                return item;
            }
        }
        return null;
    }
}
