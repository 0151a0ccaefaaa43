package org.councilassistant.server.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.RunningAssistant;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.councilassistant.server.alexa.AlexaRequests;
import org.councilassistant.server.security.StaffBrowser;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application started for another council, Ashdown, without the sample content: its name, phone
 * number, website, example postcode, logo and colour are wherever the assistant names the council (pages and
 * what they load, the widget's settings, chat and Alexa replies in and out of hours, staff and agent pages, the
 * Alexa skill package and the interaction model with the intents staff added), and not one word of the sample
 * council, Brackenfield, is anywhere.
 */
class CouncilIdentityIntegrationTests extends AshdownAssistant {

    /** Assets a page or script loads from the assistant: href/src attributes and module imports. */
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"|from '([./][^']+)'");
    /** Wednesday 25 November 2026, 7pm: the contact centre closed at 5pm. */
    private static final Instant EVENING = RunningAssistant.NOW.withHour(19).toInstant();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void residentsPagesAndEverythingTheyLoadNameTheCouncilAndNothingOfTheSample() {
        StaffBrowser resident = new StaffBrowser(port);
        Map<String, String> seen = visit(resident, List.of("/", "/index.html", "/accessibility",
                "/widget/council-assistant.js", "/widget/council-assistant.css", "/api/chat/council"));

        assertThat(seen.keySet()).contains("/css/site.css", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                "/council/logo");
        assertNothingOfTheSample(seen);
        assertThat(seen.get("/")).contains("<title>Ask the council assistant – Ashdown District Council</title>",
                "Ask the Ashdown Council assistant", "href=\"tel:+441234567890\">01234 567 890</a>",
                "https://www.ashdown.gov.uk/privacy/assistant", "--council-brand: #00703c", "src=\"/council/logo\"",
                "href=\"/accessibility\"");
        assertThat(seen.get("/accessibility")).contains("Ashdown District Council", "01234 567 890",
                "ashdown.gov.uk");
        assertThat(resident.get("/council/logo").contentType()).startsWith("image/svg+xml");
    }

    @Test
    void theWidgetTakesTheCouncilFromTheServer() {
        JsonNode council = RunningAssistant.get(port, "/api/chat/council").body();

        assertThat(council.get("name").asString()).isEqualTo("Ashdown District Council");
        assertThat(council.get("shortName").asString()).isEqualTo("Ashdown Council");
        assertThat(council.at("/welsh/shortName").asString()).as("no Welsh name set").isEqualTo("Ashdown Council");
        assertThat(council.get("phone").asString()).isEqualTo("01234 567 890");
        assertThat(council.get("phoneHref").asString()).isEqualTo("tel:+441234567890");
        assertThat(council.get("privacyNoticeUrl").asString()).isEqualTo("https://www.ashdown.gov.uk/privacy/assistant");
        assertThat(council.get("logoUrl").asString()).isEqualTo("/council/logo");
        assertThat(council.get("brandColour").asString()).isEqualTo("#00703c");
    }

    @Test
    void chatRepliesNameTheCouncilAndNeverTheSample() {
        String binDay = startChat();
        JsonNode prompt = say(binDay, "when is my bin day");
        JsonNode notFound = say(binDay, "AS1 1AA");
        String talk = startChat();
        JsonNode greeting = say(talk, "hello");
        JsonNode help = say(talk, "what can you do");
        JsonNode unknown = say(talk, "what is the airspeed velocity of an unladen swallow");
        JsonNode sampleArticle = say(startChat(), "how do I pay my council tax");
        JsonNode person = say(startChat(), "can I speak to a person please");
        JsonNode goodbye = say(talk, "goodbye");
        String welsh = startChat();
        RunningAssistant.put(port, "/api/chat/sessions/" + welsh + "/language", "{\"language\": \"cy\"}");
        JsonNode welshPrompt = say(welsh, "pryd mae fy miniau yn cael eu casglu");

        assertThat(text(prompt)).isEqualTo("What’s your postcode? For example, AS1 1AA.");
        assertThat(text(notFound)).contains("for AS1 1AA in the area Ashdown District Council serves");
        assertThat(text(greeting)).startsWith("Hello, I’m the Ashdown Council assistant.");
        assertThat(text(unknown)).contains("questions about Ashdown Council services");
        assertThat(text(sampleArticle)).as("no sample articles").contains("Sorry, I can’t help with that");
        assertThat(person.at("/handoff/status").asString()).isEqualTo("queued");
        assertThat(text(goodbye)).isEqualTo("Thanks for contacting Ashdown District Council. Goodbye.");
        assertThat(text(welshPrompt)).isEqualTo("Beth yw eich cod post? Er enghraifft, AS1 1AA.");
        for (JsonNode reply : List.of(prompt, notFound, greeting, help, unknown, sampleArticle, person, goodbye,
                welshPrompt)) {
            assertThat(reply.toString()).doesNotContainPattern(SAMPLE_COUNCIL);
        }
    }

    @Test
    void outOfHoursRepliesNameTheCouncilAndNeverTheSample() {
        CLOCK.now = EVENING;

        JsonNode chat = say(startChat(), "can I speak to a person please");
        JsonNode voice = alexa(requests().intent("TalkToPersonIntent"));

        assertThat(chat.at("/handoff/status").asString()).isEqualTo("callback");
        assertThat(speech(voice)).contains("01234 567 890", "It’s closed now and opens again tomorrow at 8:30am",
                "01234 567 999", "on our website, ashdown.gov.uk");
        assertThat(chat.toString()).doesNotContainPattern(SAMPLE_COUNCIL);
        assertThat(voice.toString()).doesNotContainPattern(SAMPLE_COUNCIL);
    }

    @Test
    void alexaNamesTheCouncilAndNeverTheSample() {
        JsonNode launch = alexa(requests().launch());
        JsonNode help = alexa(requests().intent("AMAZON.HelpIntent"));
        JsonNode person = alexa(requests().intent("TalkToPersonIntent"));
        JsonNode fallback = alexa(requests().intent("AMAZON.FallbackIntent"));
        JsonNode stop = alexa(requests().intent("AMAZON.StopIntent"));

        assertThat(speech(launch)).contains("Welcome to Ashdown Council.");
        assertThat(speech(person)).contains("<say-as interpret-as=\"telephone\">01234 567 890</say-as>")
                .contains("open now, until 5pm");
        assertThat(person.at("/response/card/title").asString()).isEqualTo("Ashdown Council");
        assertThat(speech(stop)).contains("thanks for contacting Ashdown Council");
        for (JsonNode response : List.of(launch, help, person, fallback, stop)) {
            assertThat(response.toString()).doesNotContainPattern(SAMPLE_COUNCIL);
        }
    }

    @Test
    void staffAndAgentPagesNameTheCouncilAndNeverTheSample() {
        Page signIn = new StaffBrowser(port).get("/login");
        StaffBrowser admin = new StaffBrowser(port).signIn("admin", ADMIN_PASSWORD);
        Map<String, String> seen = visit(admin, List.of("/staff-home", "/agent/", "/staff/", "/staff/articles/new",
                "/staff/notices", "/staff/synonyms", "/staff/transfer", "/staff/inbox", "/staff/retraining",
                "/staff/try", "/staff/intents", "/staff/intents/new", "/admin/accounts",
                "/api/staff/try?q=hello&language=en"));
        Page denied = agentOnly().getHtml("/staff/");

        assertThat(seen.keySet()).contains("/agent/agent.js", "/agent/api.js", "/js/staff-api.js", "/css/staff.css");
        assertNothingOfTheSample(seen);
        assertThat(signIn.body()).contains("Ashdown District Council").doesNotContainPattern(SAMPLE_COUNCIL);
        assertThat(seen.get("/staff-home")).contains("Ashdown District Council", "src=\"/council/logo\"",
                "--council-brand: #00703c");
        assertThat(seen.get("/agent/")).contains("Ashdown District Council");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).contains("Ashdown District Council").doesNotContainPattern(SAMPLE_COUNCIL);
        assertThat(admin.get("/api/staff/articles").json()).as("no sample articles").isEmpty();
    }

    @Test
    void theAlexaSkillPackageIsTheCouncils() throws IOException {
        StaffBrowser admin = new StaffBrowser(port).signIn("admin", ADMIN_PASSWORD);
        assertThat(admin.send("POST", "/api/staff/intents", """
                {"name": "allotments_waiting_list", "englishPhrases": ["how do I get an allotment",
                "allotment waiting list", "join the allotment waiting list", "how long is the wait for an allotment",
                "can I rent an allotment plot"], "welshPhrases": [], "action": {"type": "HANDOFF"}}""", true).status())
                .isEqualTo(201);
        try {
            byte[] zip = admin.download("/api/admin/alexa/skill-package");
            Page staffModel = admin.get("/api/staff/alexa/interaction-model");

            Map<String, String> files = unzip(zip);
            JsonNode manifest = JSON.readTree(files.get("skill-package/skill.json")).get("manifest");
            JsonNode model = JSON.readTree(files.get("skill-package/interactionModels/custom/en-GB.json"));
            assertThat(manifest.at("/publishingInformation/locales/en-GB/name").asString()).isEqualTo("Ashdown Council");
            assertThat(manifest.at("/privacyAndCompliance/locales/en-GB/privacyPolicyUrl").asString())
                    .isEqualTo("https://www.ashdown.gov.uk/privacy/assistant");
            assertThat(manifest.at("/apis/custom/endpoint/uri").asString()).isEqualTo("https://localhost/alexa");
            assertThat(model.at("/interactionModel/languageModel/invocationName").asString())
                    .isEqualTo("ashdown council");
            assertThat(intentNames(model)).as("the intents staff added are in the package")
                    .contains("BinCollectionDayIntent", "AllotmentsWaitingListIntent");
            files.forEach((name, content) -> assertThat(content).as(name).doesNotContainPattern(SAMPLE_COUNCIL));
            assertThat(staffModel.status()).isEqualTo(200);
            assertThat(staffModel.json().at("/interactionModel/languageModel/invocationName").asString())
                    .isEqualTo("ashdown council");
            assertThat(intentNames(staffModel.json())).contains("AllotmentsWaitingListIntent");
            assertThat(staffModel.body()).doesNotContainPattern(SAMPLE_COUNCIL);
        } finally {
            admin.send("DELETE", "/api/staff/intents/allotments_waiting_list", null, true);
        }
    }

    private static List<String> intentNames(JsonNode model) {
        List<String> names = new ArrayList<>();
        model.at("/interactionModel/languageModel/intents").forEach(intent -> names.add(intent.get("name").asString()));
        return names;
    }

    /** Each page, and everything it loads from the assistant (scripts' imports too), by path. */
    private static Map<String, String> visit(StaffBrowser browser, List<String> start) {
        Map<String, String> seen = new LinkedHashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(start);
        while (!toVisit.isEmpty()) {
            String path = toVisit.removeFirst();
            if (seen.containsKey(path)) {
                continue;
            }
            Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            String body = page.contentType().startsWith("image/") ? "" : page.body();
            seen.put(path, body);
            Matcher matcher = ASSET.matcher(body);
            while (matcher.find()) {
                String asset = matcher.group(1) != null ? matcher.group(1)
                        : URI.create(path).resolve(matcher.group(2)).toString();
                if (!asset.startsWith("//")) {
                    toVisit.add(asset);
                }
            }
        }
        return seen;
    }

    private static void assertNothingOfTheSample(Map<String, String> seen) {
        List<String> naming = new ArrayList<>();
        seen.forEach((path, body) -> {
            Matcher matcher = SAMPLE_COUNCIL.matcher(body);
            if (matcher.find()) {
                naming.add(path + ": \"" + matcher.group() + "\"");
            }
        });
        assertThat(naming).as("pages and assets that name the sample council").isEmpty();
    }

    private StaffBrowser agentOnly() {
        if (accounts.findByUsername("agent.only").isEmpty()) {
            accounts.create("agent.only", "Agent Only", passwordEncoder.encode("an agent password"),
                    Set.of(StaffRole.AGENT));
        }
        return new StaffBrowser(port).signIn("agent.only", "an agent password");
    }

    private String startChat() {
        return RunningAssistant.post(port, "/api/chat/sessions", "{}").body().get("sessionId").asString();
    }

    private JsonNode say(String session, String text) {
        JsonResponse response = RunningAssistant.post(port, "/api/chat/sessions/" + session + "/messages",
                RunningAssistant.json(text));
        assertThat(response.status()).as(text).isEqualTo(200);
        return response.body();
    }

    private static String text(JsonNode response) {
        List<String> texts = new ArrayList<>();
        response.get("replies").forEach(reply -> texts.add(reply.get("text").asString()));
        return String.join("\n", texts);
    }

    private AlexaRequests requests() {
        return new AlexaRequests("http://localhost:1", CLOCK.instant());
    }

    private JsonNode alexa(String body) {
        JsonResponse response = RunningAssistant.post(port, "/alexa", body);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static String speech(JsonNode response) {
        return response.at("/response/outputSpeech/ssml").asString();
    }

    private static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(new LinkedHashSet<>(files.keySet())).containsExactly("ask-resources.json", "skill-package/skill.json",
                "skill-package/interactionModels/custom/en-GB.json");
        return files;
    }
}
