package org.councilassistant.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.server.RunningAssistant;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/** The web-chat API over real HTTP, on the real engine, seeded knowledge base and trained model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RunningAssistant.FixedClock.class)
class ChatApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KnowledgeBase knowledgeBase;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

    @Test
    void findsTheBinDayFromAPostcodeAndAnAddress() {
        String session = startSession();

        JsonNode askPostcode = say(session, "when is my bin day");
        assertThat(text(askPostcode)).contains("postcode");
        assertThat(askPostcode.get("intent").asString()).isEqualTo("bin_collection_day");

        JsonNode addresses = say(session, "bk12ab");
        assertThat(text(addresses)).contains("BK1 2AB");
        assertThat(strings(addresses.get("suggestions"))).contains("2 Acacia Avenue, Brackenfield");

        JsonNode answer = say(session, "2 Acacia Avenue, Brackenfield");
        assertThat(text(answer)).contains("Blue recycling bin: Tuesday 1 December")
                .contains("Black general waste bin: Tuesday 8 December");

        assertThat(text(say(session, "and the garden waste?")))
                .isEqualTo("Your brown garden waste bin is next collected on Tuesday 8 December.");
    }

    @Test
    void answersCouncilTaxPaymentFromItsArticle() {
        JsonNode answer = say(startSession(), "how do I pay my council tax");
        assertThat(answer.get("intent").asString()).isEqualTo("council_tax_pay");
        assertThat(answer.get("articleId").asString()).isEqualTo("pay-council-tax");
        assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.get("replies").get(0).get("links")).isNotEmpty();
    }

    @Test
    void saysHonestlyItCannotHelpWithQuestionsOutsideTheCouncilAndOffersAPerson() {
        JsonNode answer = say(startSession(), "what's the capital of France");
        assertThat(text(answer)).contains("can’t help");
        assertThat(answer.get("articleId").isNull()).isTrue();
        assertThat(answer.get("offerHandoff").asBoolean()).isTrue();
        assertThat(strings(answer.get("suggestions"))).contains("Talk to a person");
    }

    @Test
    void reportsAMissedBinWithinTheReportWindow() {
        String session = startSession();
        say(session, "my bin wasn't collected");
        say(session, "BK1 2AB");
        JsonNode whichBin = say(session, "4");
        assertThat(text(whichBin)).contains("Which bin");

        JsonNode confirm = say(session, "the black one");
        assertThat(text(confirm)).contains("Tuesday 24 November");

        JsonNode reported = say(session, "yes");
        assertThat(text(reported)).containsPattern("reference is MB-\\d{6}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND (( \"*", "title:tax~ OR *", "[bins TO tip]", "\\"})
    void treatsQuerySyntaxAsAnOrdinaryMessage(String text) {
        JsonResponse response = post(port, "/api/chat/sessions/" + startSession() + "/messages", json(text));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("replies")).isNotEmpty();
    }

    @Test
    void refusesBadMessagesWithProblemDetails() {
        String path = "/api/chat/sessions/" + startSession() + "/messages";
        List<JsonResponse> bad = List.of(
                post(port, path, json("")),
                post(port, path, json("   ")),
                post(port, path, json("x".repeat(1001))),
                post(port, path, "{\"text\": "),
                post(port, path, "[1, 2]"),
                post(port, path, "{}"));
        for (JsonResponse response : bad) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("detail").asString()).isNotBlank().doesNotContain("Exception");
        }
        assertThat(post(port, path, json("x".repeat(1000))).status()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownSessionWithNotFound() {
        JsonResponse response = post(port, "/api/chat/sessions/no-such-session/messages", json("hello"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonResponse events = RunningAssistant.get(port, "/api/chat/sessions/no-such-session/events");
        assertThat(events.status()).isEqualTo(404);
        assertThat(events.contentType()).startsWith("application/problem+json");
    }

    @Test
    void askingForAPersonQueuesThenTheResidentCanStopWaiting() {
        String session = startSession();

        JsonNode queued = say(session, "can I speak to a person please");
        assertThat(queued.get("handoff").get("status").asString()).isEqualTo("queued");
        assertThat(queued.get("handoff").get("position").asInt()).isPositive();

        JsonNode whileWaiting = say(session, "hello?");
        assertThat(whileWaiting.get("replies")).isEmpty();

        JsonResponse cancelled = post(port, "/api/chat/sessions/" + session + "/handoff/cancel", "");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("cancelled");
        assertThat(text(say(session, "how do I pay my council tax"))).containsIgnoringCase("council tax");
    }

    @Test
    void aCallbackRequestNeedsConsentAndAWayToContactTheResident() {
        String session = startSession();
        String path = "/api/chat/sessions/" + session + "/callback";

        JsonResponse noConsent = post(port, path,
                "{\"name\": \"Jo\", \"phone\": \"07700 900123\", \"topic\": \"council tax\", \"consent\": false}");
        JsonResponse noContact = post(port, path, "{\"name\": \"Jo\", \"topic\": \"council tax\", \"consent\": true}");
        JsonResponse badEmail = post(port, path,
                "{\"name\": \"Jo\", \"email\": \"jo at example\", \"topic\": \"tax\", \"consent\": true}");
        JsonResponse accepted = post(port, path,
                "{\"name\": \"Jo\", \"phone\": \"07700 900123\", \"topic\": \"council tax\", \"consent\": true}");

        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body().get("detail").asString()).contains("Tick the box");
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.body().get("detail").asString()).contains("phone number or an email address");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void theResidentCanChooseWelshAndEveryResponseSaysTheLanguage() {
        String session = startSession();
        assertThat(say(session, "hello").get("language").asString()).isEqualTo("en");

        JsonResponse chosen = RunningAssistant.put(port, "/api/chat/sessions/" + session + "/language",
                "{\"language\": \"cy\"}");
        JsonResponse unknown = RunningAssistant.put(port, "/api/chat/sessions/" + session + "/language",
                "{\"language\": \"fr\"}");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(say(session, "when is my bin day").get("language").asString()).isEqualTo("cy");
    }

    @Test
    void understandsAParaphraseWithNoneOfTheTrainingPhrasesWords() {
        JsonNode answer = say(startSession(), "can you tell me which day the rubbish lorry comes");

        assertThat(answer.get("intent").asString()).isEqualTo("bin_collection_day");
        assertThat(text(answer)).contains("postcode");
    }

    @Test
    void answersFromAnArticleThatSharesTheQuestionsMeaningRatherThanItsWords() {
        knowledgeBase.create(new ArticleContent("Parks, trees and open spaces",
                "If a tree in one of our parks has come down or looks unsafe, or play equipment is broken, tell the "
                        + "parks team on 01632 960 200.",
                "Our parks team looks after the borough's parks, playgrounds, woodland and green spaces.\n\n"
                        + "Tell the parks team on 01632 960 200 about a tree in a park or green space that has come "
                        + "down or looks unsafe, broken play equipment, vandalism or overflowing bins in a park. "
                        + "A tree blocking a road is an emergency: call the out-of-hours line.",
                "Parks and leisure", ArticleStatus.PUBLISHED, List.of(), List.of("report a problem in a park", "who do I tell about a fallen tree in a park"),
                List.of("parks", "playgrounds", "park trees"), List.of()).toArticle("parks-and-open-spaces", 0, "editor"));

        JsonNode answer = say(startSession(), "who do I talk to about a tree that fell in the park");

        assertThat(answer.get("articleId").asString()).as(answer.toString()).isEqualTo("parks-and-open-spaces");
    }

    @Test
    void findsTheArticleDespiteATypo() {
        JsonNode answer = say(startSession(), "how do I get a copy of my burth certificat");

        assertThat(answer.get("articleId").asString()).isEqualTo("order-a-copy-certificate");
    }

    @Test
    void chatRequestsAreTimedButSpringSecuritysFiltersAreNotObserved() {
        say(startSession(), "hello");

        assertThat(meters.find("http.server.requests").tag("uri", "/api/chat/sessions/{sessionId}/messages")
                .timer()).isNotNull();
        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    private String startSession() {
        JsonResponse created = post(port, "/api/chat/sessions", "{}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("sessionId").asString();
    }

    private JsonNode say(String session, String text) {
        JsonResponse response = post(port, "/api/chat/sessions/" + session + "/messages", json(text));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static String text(JsonNode response) {
        return response.get("replies").get(0).get("text").asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
