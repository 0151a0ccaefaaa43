package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/staff/import} over HTTP: a council's own pages previewed, imported and answered in the chat at
 * once. Replace is only previewed here: the running assistant is shared with other tests that need the sample
 * content (the knowledge-base tests apply it).
 */
class CouncilImportIntegrationTests extends SecuredAssistant {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPreviewOfAReplaceListsWhatWouldChangeAndWritesNothing() {
        StaffBrowser editor = signedInWith("editor.ivy", StaffRole.EDITOR);
        String file = file(Map.of("title", "Book the bandstand", "answer", "<p>Bands book the bandstand online.</p>"));

        Page preview = editor.send("POST", "/api/staff/import?mode=replace&dryRun=true", file, "application/json");

        assertThat(preview.status()).isEqualTo(200);
        JsonNode report = preview.json();
        assertThat(report.get("mode").asString()).isEqualTo("REPLACE");
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("archived").asInt()).isGreaterThanOrEqualTo(96);
        assertThat(outcomes(report, "ARCHIVED")).contains("pay-council-tax", "bin-collection-days");
        assertThat(outcomes(report, "CREATED")).containsExactly("book-the-bandstand");
        assertThat(editor.get("/api/staff/articles/book-the-bandstand").status()).isEqualTo(404);
        assertThat(editor.get("/api/staff/articles/pay-council-tax").json().get("status").asString())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void anImportedPageIsAnsweredInTheChatAtOnceLongAsItIs() {
        StaffBrowser editor = signedInWith("editor.jan", StaffRole.EDITOR);
        StringBuilder page = new StringBuilder("<main><h1>Apply for a canal mooring permit</h1><p>Moor your narrowboat "
                + "on the Northmoor Canal with a yearly permit (scheme KINGFISHER-2231).</p>");
        for (int i = 1; page.length() < 17_000; i++) {
            page.append("<h2>Section ").append(i).append("</h2><p>Mooring rule ").append(i).append(": keep the "
                    + "towpath clear, run no generator after 8pm and leave the bank as you found it.</p>");
        }
        page.append("<p><a href=\"/canal/moorings/apply\">Apply for a mooring permit</a></p></main>");
        String file = file(Map.of("title", "Apply for a canal mooring permit", "answer", page.toString(),
                "url", "https://www.northmoor.example/canal/moorings"));

        Page imported = editor.send("POST", "/api/staff/import", file, "application/json");

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("applied").asBoolean()).isTrue();
        assertThat(imported.json().get("created").asInt()).isEqualTo(1);
        JsonNode article = editor.get("/api/staff/articles/apply-for-a-canal-mooring-permit").json();
        assertThat(article.get("answer").asString().length()).isGreaterThan(15_000);
        assertThat(article.get("links").findValuesAsString("url")).containsExactly(
                "https://www.northmoor.example/canal/moorings", "https://www.northmoor.example/canal/moorings/apply");
        String session = post(port, "/api/chat/sessions", "{}").body().get("sessionId").asString();
        JsonResponse answer = post(port, "/api/chat/sessions/" + session + "/messages",
                json("how do I apply for a canal mooring permit"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("replies").get(0).get("text").asString()).contains("KINGFISHER-2231");
    }

    @Test
    void aFileWithABadRowIsRefusedWholeWithWhatToDo() {
        StaffBrowser editor = signedInWith("editor.kit", StaffRole.EDITOR);
        String csv = "title,answer,language\r\nBook a skip permit,Apply online.,en\r\n,No title.,en\r\n"
                + "Rhentu cwch,Ffoniwch ni.,fr\r\n";

        Page refused = editor.send("POST", "/api/staff/import", csv, "text/csv");
        Page preview = editor.send("POST", "/api/staff/import?dryRun=true", csv, "text/csv");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("problems").findValuesAsString("message")).containsExactly(
                "Row 3: enter a title", "Row 4: change the language to en or cy, or leave it out (it is \"fr\")");
        assertThat(refused.json().get("detail").asString()).isEqualTo("2 problems: nothing was imported.");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("problems")).hasSize(2);
        assertThat(editor.get("/api/staff/articles/book-a-skip-permit").status()).isEqualTo(404);
        assertThat(editor.send("POST", "/api/staff/import?mode=sometimes", csv, "text/csv").status()).isEqualTo(400);
    }

    private static List<String> outcomes(JsonNode report, String outcome) {
        List<String> ids = new ArrayList<>();
        report.get("articles").forEach(article -> {
            if (article.get("outcome").asString().equals(outcome)) {
                ids.add(article.get("id").asString());
            }
        });
        return ids;
    }

    @SafeVarargs
    private static String file(Map<String, String>... articles) {
        return JSON.writeValueAsString(List.of(articles));
    }
}
