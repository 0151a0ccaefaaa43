package org.councilassistant.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.SecuredAssistant;
import org.councilassistant.server.security.StaffBrowser;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intents API over HTTP: staff add, change and delete intents of their own; whatever breaks a rule is refused
 * with a 400 problem listing each problem in plain words, and nothing is saved.
 */
class StaffIntentApiIntegrationTests extends SecuredAssistant {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PHRASES = List.of("how do I join the street party scheme",
            "street party permission", "close my road for a street party", "apply for a street party",
            "street party road closure");

    static String intent(String name, List<String> english, List<String> welsh, Map<String, String> action) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("englishPhrases", english);
        form.put("welshPhrases", welsh);
        form.put("action", action);
        return JSON.writeValueAsString(form);
    }

    static Map<String, String> article(String id) {
        return Map.of("type", "ARTICLE", "articleId", id);
    }

    static Map<String, String> task(String task) {
        return Map.of("type", "TASK", "task", task);
    }

    static Map<String, String> handOff() {
        return Map.of("type", "HANDOFF");
    }

    @Test
    void refusesABadNameWithA400ProblemInPlainWords() {
        Page refused = editor().send("POST", "/api/staff/intents",
                intent("Street Party", PHRASES, List.of(), article("pay-council-tax")), true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(problems(refused)).containsExactly("name: The name must be lowercase words joined by underscores, "
                + "with no spaces or numbers, like allotments_waiting_list");
    }

    @Test
    void refusesANameThatClashesWithABundledIntent() {
        Page refused = editor().send("POST", "/api/staff/intents",
                intent("bin_collection_day", PHRASES, List.of(), article("pay-council-tax")), true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(problems(refused))
                .containsExactly("name: There is already an intent called bin_collection_day: choose a different name");
    }

    @Test
    void refusesAnIntentWithoutEnoughEnglishPhrases() {
        Page refused = editor().send("POST", "/api/staff/intents",
                intent("street_party", List.of(), List.of("parti stryd"), handOff()), true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(problems(refused))
                .containsExactly("englishPhrases: Enter at least 5 English phrases, one on each line");
    }

    @Test
    void refusesAnUnknownArticleOrTaskAndAMissingAction() {
        StaffBrowser editor = editor();

        assertThat(problems(editor.send("POST", "/api/staff/intents",
                intent("street_party", PHRASES, List.of(), article("no-such-article")), true)))
                .containsExactly("articleId: There is no article called no-such-article: choose one from the list");
        assertThat(problems(editor.send("POST", "/api/staff/intents",
                intent("street_party", PHRASES, List.of(), task("council_tax_pay")), true)))
                .containsExactly("task: There is no task called council_tax_pay: choose one from the list");
        assertThat(problems(editor.send("POST", "/api/staff/intents",
                intent("street_party", PHRASES, List.of(), Map.of("type", "DANCE")), true)))
                .containsExactly("action: Choose what the assistant does for this intent");
        assertThat(editor.get("/api/staff/intents/street_party").status()).isEqualTo(404);
    }

    @Test
    void listsEveryProblemAtOnce() {
        Page refused = editor().send("POST", "/api/staff/intents",
                intent("", List.of("when is my bin day"), List.of(), null), true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(problems(refused)).containsExactly("name: Enter a name for the intent",
                "englishPhrases: Enter at least 5 English phrases, one on each line (there are 1)",
                "englishPhrases: English phrase “when is my bin day” already means bin_collection_day: remove it or "
                        + "word it differently",
                "action: Choose what the assistant does for this intent");
        assertThat(editor().send("POST", "/api/staff/intents", "{not json", true).status()).isEqualTo(400);
    }

    @Test
    void staffAddChangeAndDeleteAnIntentAndEveryChangeIsLogged() {
        StaffBrowser liz = signedInWith("editor.liz", StaffRole.EDITOR);
        StaffBrowser mo = signedInWith("editor.mo", StaffRole.EDITOR);

        Page created = liz.send("POST", "/api/staff/intents",
                intent("street_party", PHRASES, List.of("parti stryd"), article("pay-council-tax")), true);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/staff/intents/street_party");
        assertThat(created.json().get("kind").asString()).isEqualTo("INFORMATIONAL");
        assertThat(created.json().get("createdBy").asString()).isEqualTo("editor.liz");

        Page changed = mo.send("PUT", "/api/staff/intents/street_party",
                intent("street_party", PHRASES, List.of(), task("bin_collection_day")), true);
        assertThat(changed.status()).isEqualTo(200);
        JsonNode stored = liz.get("/api/staff/intents/street_party").json();
        assertThat(stored.get("action").get("type").asString()).isEqualTo("TASK");
        assertThat(stored.get("action").get("task").asString()).isEqualTo("bin_collection_day");
        assertThat(stored.get("welshPhrases")).isEmpty();
        assertThat(stored.get("updatedBy").asString()).isEqualTo("editor.mo");
        JsonNode listed = entry(liz.get("/api/staff/intents").json(), "street_party");
        assertThat(listed.get("source").asString()).isEqualTo("STAFF");
        assertThat(listed.get("kind").asString()).isEqualTo("TASK");
        assertThat(listed.get("englishPhrases").asInt()).isEqualTo(5);
        assertThat(entry(liz.get("/api/staff/intents").json(), "bin_collection_day").get("source").asString())
                .isEqualTo("BUNDLED");

        assertThat(mo.send("DELETE", "/api/staff/intents/street_party", null, true).status()).isEqualTo(204);
        assertThat(liz.get("/api/staff/intents/street_party").status()).isEqualTo(404);
        assertThat(mo.send("DELETE", "/api/staff/intents/street_party", null, true).status()).isEqualTo(404);
        assertThat(entry(liz.get("/api/staff/intents").json(), "street_party")).isNull();
        List<String> log = new java.util.ArrayList<>();
        liz.get("/api/staff/intent-changes").json().forEach(change -> {
            if (change.get("intent").asString().equals("street_party")) {
                log.add(change.get("type").asString() + " by " + change.get("by").asString());
            }
        });
        assertThat(log).containsExactly("DELETED by editor.mo", "UPDATED by editor.mo", "CREATED by editor.liz");
    }

    @Test
    void theAlexaInteractionModelForStaffToDownloadHasTheIntentsStaffAddedWithSanitisedSamples() {
        StaffBrowser editor = editor();
        assertThat(editor.send("POST", "/api/staff/intents", intent("bonfire_permission", List.of(
                "Can I have a bonfire in my garden?", "bonfire rules", "is it legal to burn garden rubbish",
                "bonfire on the 5th of November", "complain about a neighbour's bonfire"), List.of(), handOff()), true)
                .status()).isEqualTo(201);

        Page model = editor.get("/api/staff/alexa/interaction-model");

        assertThat(model.status()).isEqualTo(200);
        assertThat(model.contentType()).startsWith("application/json");
        List<String> names = new java.util.ArrayList<>();
        List<String> samples = new java.util.ArrayList<>();
        model.json().at("/interactionModel/languageModel/intents").forEach(intent -> {
            names.add(intent.get("name").asString());
            if (intent.get("name").asString().equals("BonfirePermissionIntent")) {
                intent.get("samples").forEach(sample -> samples.add(sample.asString()));
            }
        });
        assertThat(names).contains("BinCollectionDayIntent", "BonfirePermissionIntent", "AMAZON.StopIntent");
        assertThat(samples).containsExactly("can i have a bonfire in my garden", "bonfire rules",
                "is it legal to burn garden rubbish", "complain about a neighbour's bonfire");
        editor.send("DELETE", "/api/staff/intents/bonfire_permission", null, true);
    }

    @Test
    void offersTheBinTasksToStart() {
        JsonNode tasks = editor().get("/api/staff/tasks").json();

        List<String> ids = new java.util.ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asString()));
        assertThat(ids).containsExactly("bin_collection_day", "missed_bin");
        assertThat(tasks.get(0).get("description").asString()).isNotBlank();
    }

    private StaffBrowser editor() {
        return signedInWith("editor.intents", StaffRole.EDITOR);
    }

    private static List<String> problems(Page page) {
        List<String> problems = new java.util.ArrayList<>();
        page.json().get("problems").forEach(problem ->
                problems.add(problem.get("field").asString() + ": " + problem.get("message").asString()));
        return problems;
    }

    private static JsonNode entry(JsonNode list, String id) {
        for (JsonNode intent : list) {
            if (intent.get("id").asString().equals(id)) {
                return intent;
            }
        }
        return null;
    }
}
