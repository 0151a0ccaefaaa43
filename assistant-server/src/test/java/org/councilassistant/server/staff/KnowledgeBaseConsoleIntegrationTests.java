package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The knowledge-base console's APIs over HTTP: articles under optimistic locking, history, import and export. */
class KnowledgeBaseConsoleIntegrationTests extends SecuredAssistant {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String article(String id, Integer version, String title, String answer) {
        java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("id", id);
        form.put("version", version);
        form.put("title", title);
        form.put("spokenAnswer", "Short: " + answer);
        form.put("answer", answer);
        form.put("serviceArea", "Testing");
        form.put("intents", List.of());
        form.put("alternateQuestions", List.of("a question about " + title.toLowerCase()));
        form.put("keywords", List.of());
        form.put("links", List.of(Map.of("label", "More", "url", "https://www.example.org/" + id)));
        return JSON.writeValueAsString(form);
    }

    @Test
    void whenTwoEditorsSaveTheSameVersionTheSecondIsRefusedWith409AndNothingIsLost() {
        StaffBrowser ann = signedInWith("editor.ann", StaffRole.EDITOR);
        StaffBrowser bob = signedInWith("editor.bob", StaffRole.EDITOR);
        Page created = ann.send("POST", "/api/staff/articles", article("contested-answer", null, "Contested answer", "First."), true);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("version").asInt()).isEqualTo(1);

        Page annSaves = ann.send("PUT", "/api/staff/articles/contested-answer",
                article("contested-answer", 1, "Contested answer", "Ann's answer."), true);
        Page bobSaves = bob.send("PUT", "/api/staff/articles/contested-answer",
                article("contested-answer", 1, "Contested answer", "Bob's answer."), true);

        assertThat(annSaves.status()).isEqualTo(200);
        assertThat(bobSaves.status()).isEqualTo(409);
        assertThat(bobSaves.contentType()).startsWith("application/problem+json");
        assertThat(bobSaves.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(bobSaves.json().get("detail").asString()).startsWith("editor.ann saved a newer version");
        JsonNode stored = bob.get("/api/staff/articles/contested-answer").json();
        assertThat(stored.get("answer").asString()).isEqualTo("Ann's answer.");
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(bob.get("/api/staff/articles/contested-answer/versions").json()).hasSize(2);
        assertThat(bob.send("POST", "/api/staff/articles/contested-answer/publish", "{\"version\": 1}", true).status())
                .isEqualTo(409);
    }

    @Test
    void anEarlierVersionIsRestoredAsANewVersionKeepingTheStatus() {
        StaffBrowser editor = signedInWith("editor.cat", StaffRole.EDITOR);
        editor.send("POST", "/api/staff/articles", article("restorable-answer", null, "Restorable answer", "Original."), true);
        editor.send("PUT", "/api/staff/articles/restorable-answer",
                article("restorable-answer", 1, "Restorable answer", "Rewritten badly."), true);
        assertThat(editor.send("POST", "/api/staff/articles/restorable-answer/publish", "{\"version\": 2}", true).status())
                .isEqualTo(200);

        JsonNode diff = editor.get("/api/staff/articles/restorable-answer/diff?from=1&to=2").json();
        assertThat(diff.get("fields").toString()).contains("\"ADDED\"", "Rewritten badly.", "\"REMOVED\"", "Original.");
        assertThat(editor.send("POST", "/api/staff/articles/restorable-answer/versions/1/restore", "{\"version\": 2}", true)
                .status()).as("version 2 is no longer the latest").isEqualTo(409);
        Page restored = editor.send("POST", "/api/staff/articles/restorable-answer/versions/1/restore",
                "{\"version\": 3}", true);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("answer").asString()).isEqualTo("Original.");
        assertThat(restored.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(restored.json().get("version").asInt()).isEqualTo(4);
        JsonNode latest = editor.get("/api/staff/articles/restorable-answer/versions/4").json();
        assertThat(latest.get("change").asString()).isEqualTo("RESTORED");
        assertThat(latest.get("restoredFrom").asInt()).isEqualTo(1);
        assertThat(editor.get("/api/staff/articles/no-such-article/versions").status()).isEqualTo(404);
    }

    @Test
    void anImportWithMalformedRowsIsRejectedRowByRowAndWritesNothing() {
        StaffBrowser editor = signedInWith("editor.dev", StaffRole.EDITOR);
        String json = "[" + importRow("imported-fine", "Imported fine") + ","
                + importRow("Not An Id", "Bad id") + "," + importRow("imported-untitled", "") + "]";

        Page rejected = editor.send("POST", "/api/staff/import", json, "application/json");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        JsonNode problems = rejected.json().get("problems");
        assertThat(problems.findValuesAsString("field")).contains("id", "title");
        assertThat(problems.findValues("row").stream().map(JsonNode::asInt).distinct().toList()).containsExactly(2, 3);
        assertThat(editor.get("/api/staff/articles/imported-fine").status()).isEqualTo(404);

        String csv = "id,status,title,serviceArea,spokenAnswer,answer,alternateQuestions,keywords,intents,links\r\n"
                + "imported-csv,DRAFT,From a spreadsheet,Testing,Short.,Long.,,,,\r\n"
                + "imported-csv-2,SOMETIMES,Bad status,Testing,Short.,Long.,,,,\r\n";
        Page csvRejected = editor.send("POST", "/api/staff/import", csv, "text/csv");
        assertThat(csvRejected.status()).isEqualTo(400);
        assertThat(csvRejected.json().get("problems").findValues("row").stream().map(JsonNode::asInt).distinct())
                .containsExactly(3);
        assertThat(editor.get("/api/staff/articles/imported-csv").status()).isEqualTo(404);
    }

    @Test
    void anExportImportedBackChangesNothingInEitherFormat() {
        StaffBrowser editor = signedInWith("editor.eve", StaffRole.EDITOR);
        Page json = editor.get("/api/staff/export?format=json");
        Page csv = editor.get("/api/staff/export?format=csv");
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "knowledge-base.json");
        assertThat(csv.contentType()).startsWith("text/csv");
        int articles = json.json().size();
        assertThat(articles).isGreaterThanOrEqualTo(96);

        JsonNode fromJson = editor.send("POST", "/api/staff/import", json.body(), "application/json").json();
        JsonNode fromCsv = editor.send("POST", "/api/staff/import", csv.body(), "text/csv").json();

        for (JsonNode report : List.of(fromJson, fromCsv)) {
            assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("unchanged").asInt()).isEqualTo(articles);
            assertThat(report.get("created").asInt() + report.get("updated").asInt()).isZero();
        }
        assertThat(editor.get("/api/staff/export?format=json").body()).isEqualTo(json.body());
    }

    @Test
    void noticesAreAddedChangedAndEnded() {
        StaffBrowser editor = signedInWith("editor.fay", StaffRole.EDITOR);
        String notice = "{\"message\": \"Collections are a day late.\", \"intents\": [\"bin_collection_day\"], "
                + "\"startsAt\": \"2026-11-24T00:00:00Z\", \"expiresAt\": \"2026-12-01T00:00:00Z\"}";
        Page created = editor.send("POST", "/api/staff/notices", notice, true);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        assertThat(editor.send("POST", "/api/staff/notices", "{\"message\": \"\", \"intents\": []}", true).json()
                .get("problems").findValuesAsString("field")).contains("message", "intents", "startsAt");
        Page ended = editor.send("POST", "/api/staff/notices/" + id + "/expire", null, true);
        assertThat(ended.json().get("expiresAt").asString()).startsWith("2026-11-25T10:00");
        assertThat(editor.send("POST", "/api/staff/notices/999999/expire", null, true).status()).isEqualTo(404);
    }

    @Test
    void synonymsAreSavedUnderTheirVersionAndBadLinesAreNamed() {
        StaffBrowser editor = signedInWith("editor.gus", StaffRole.EDITOR);
        JsonNode current = editor.get("/api/staff/synonyms").json();
        int version = current.get("version").asInt();

        Page bad = editor.send("PUT", "/api/staff/synonyms", JSON.writeValueAsString(
                Map.of("text", "bin, wheelie bin\n=> nothing\n", "version", version)), true);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("problems").get(0).get("row").asInt()).isEqualTo(2);

        Page saved = editor.send("PUT", "/api/staff/synonyms", JSON.writeValueAsString(
                Map.of("text", current.get("text").asString() + "\nsettee, sofa, couch\n", "version", version)), true);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(editor.send("PUT", "/api/staff/synonyms", JSON.writeValueAsString(
                Map.of("text", "sofa, couch\n", "version", version)), true).status()).isEqualTo(409);
    }

    private static String importRow(String id, String title) {
        return JSON.writeValueAsString(Map.of("id", id, "status", "DRAFT", "title", title, "serviceArea", "Testing",
                "spokenAnswer", "Short.", "answer", "Long."));
    }
}
