package org.councilassistant.server.alexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.councilassistant.core.staffintent.IntentAction;
import org.councilassistant.core.staffintent.StaffIntentContent;
import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.server.RunningAssistant;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Alexa skill over real HTTP on the running application, with the ASK SDK handlers, the shared engine and a
 * local Device Address API. Signature verification is off here (these requests are not signed by Amazon); it is
 * tested on its own in {@link AlexaVerificationIntegrationTests} and the alexa-skill module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.alexa.verify-signatures=false",
        "assistant.alexa.skill-id=" + AlexaRequests.SKILL_ID})
@Import(RunningAssistant.FixedClock.class)
class AlexaSkillIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DeviceAddressApiStub ADDRESS_API = new DeviceAddressApiStub();

    @LocalServerPort
    int port;

    @Autowired
    StaffIntents staffIntents;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

    @AfterAll
    static void stopTheAddressApi() {
        ADDRESS_API.close();
    }

    @Test
    void launchWelcomesWithExamplesAndKeepsTheSessionOpen() {
        JsonNode response = send(requests().launch());

        assertThat(speech(response)).contains("Welcome to Brackenfield Council").contains("when your bin day is");
        assertThat(response.at("/response/reprompt/outputSpeech/ssml").asString()).contains("when is my bin day");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void binDayUsesTheDevicePostcodeAndSpeaksTheDatesNaturally() {
        ADDRESS_API.postcodeIs("BK2 4DE");

        JsonNode response = send(requests().intent("BinCollectionDayIntent"));

        assertThat(speech(response)).startsWith("<speak>At 3 Kestrel Rise, Brackenfield, your blue recycling bin is "
                + "next collected on Wednesday the <say-as interpret-as=\"ordinal\">25</say-as> of November");
        assertThat(speech(response)).contains("black general waste bin is next collected on Wednesday the "
                + "<say-as interpret-as=\"ordinal\">2</say-as> of December");
        assertThat(response.at("/response/card/content").asString()).contains("- Blue recycling bin: Wednesday 25 November");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isTrue();
    }

    @Test
    void severalAddressesOnThePostcodeAsksForTheHouseNumberThenAnswers() {
        ADDRESS_API.postcodeIs("BK1 2AB");

        JsonNode question = send(requests().intent("BinCollectionDayIntent"));
        assertThat(speech(question)).contains("I found 5 addresses for <say-as interpret-as=\"characters\">BK1 2AB"
                + "</say-as>. What’s your house number?");
        assertThat(question.at("/response/shouldEndSession").asBoolean()).isFalse();

        JsonNode answer = send(requests().continuing(attributes(question))
                .intent("HouseNumberIntent", Map.of("houseNumber", "2")));
        assertThat(speech(answer)).contains("At 2 Acacia Avenue, Brackenfield");
    }

    @Test
    void askingForABinTypeAnswersForThatBinOnly() {
        ADDRESS_API.postcodeIs("BK2 4DE");

        JsonNode response = send(requests().intent("BinCollectionDayIntent", Map.of("binType", "recycling")));

        assertThat(speech(response)).contains("Your blue recycling bin is next collected on Wednesday the")
                .doesNotContain("general waste");
    }

    @Test
    void withoutAddressPermissionSendsTheConsentCardAndSaysWhy() {
        JsonNode response = send(requests().withoutAddressPermission().intent("BinCollectionDayIntent"));

        assertThat(response.at("/response/card/type").asString()).isEqualTo("AskForPermissionsConsent");
        assertThat(response.at("/response/card/permissions/0").asString())
                .isEqualTo("read::alexa:device:all:address:country_and_postal_code");
        assertThat(speech(response)).contains("I need your device’s postcode");
    }

    @Test
    void aCouncilQuestionIsAnsweredWithTheArticlesSpokenAnswerAndACardWithTheLink() {
        JsonNode byIntent = send(requests().intent("CouncilTaxPayIntent"));
        JsonNode byQuestion = send(requests().intent("AskQuestionIntent", Map.of("query", "paying my council tax")));

        assertThat(speech(byIntent)).containsIgnoringCase("council tax");
        assertThat(speech(byQuestion)).isEqualTo(speech(byIntent));
        assertThat(byIntent.at("/response/card/content").asString()).contains("https://");
    }

    @Test
    void anIntentStaffAddedGoesToTheEngineAsTheIntentAlexaResolved() {
        staffIntents.create(new StaffIntentContent("sofa_removal", List.of("take away my old sofa please",
                "get rid of an old settee", "collect an old armchair from my house", "dispose of my broken sofa",
                "old sofa collection"), List.of(), new IntentAction.AnswerFromArticle("bulky-waste-collection")),
                "editor");
        try {
            JsonNode response = send(requests().intent("SofaRemovalIntent"));

            assertThat(speech(response)).contains("We can collect large household items like sofas");
        } finally {
            staffIntents.delete("sofa_removal", "editor");
        }
        assertThat(speech(send(requests().intent("SofaRemovalIntent")))).as("once deleted").contains("didn’t catch that");
    }

    @Test
    void askingForAPersonGivesThePhoneNumberAndWhetherTheContactCentreIsOpen() {
        JsonNode response = send(requests().intent("TalkToPersonIntent"));

        assertThat(speech(response)).contains("<say-as interpret-as=\"telephone\">01632 960 100</say-as>")
                .contains("open now, until 5pm");
    }

    @Test
    void helpStopCancelFallbackAndHomeAreHandled() {
        assertThat(speech(send(requests().intent("AMAZON.HelpIntent")))).contains("What would you like to know?");
        assertThat(speech(send(requests().intent("AMAZON.FallbackIntent")))).contains("didn’t catch that");
        assertThat(speech(send(requests().intent("AMAZON.NavigateHomeIntent")))).contains("Welcome");
        JsonNode stop = send(requests().intent("AMAZON.StopIntent"));
        JsonNode cancel = send(requests().intent("AMAZON.CancelIntent"));
        assertThat(speech(stop)).contains("Goodbye");
        assertThat(stop.at("/response/shouldEndSession").asBoolean()).isTrue();
        assertThat(speech(cancel)).contains("Goodbye");
    }

    @Test
    void sessionEndedGetsAnEmptyResponse() {
        JsonResponse response = RunningAssistant.post(port, "/alexa", requests().sessionEnded());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().at("/response/outputSpeech").isMissingNode()).isTrue();
    }

    @Test
    void aRequestForAnotherSkillIsRefused() {
        JsonResponse response = RunningAssistant.post(port, "/alexa",
                requests().forSkill("amzn1.ask.skill.someone-else").launch());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBodyThatIsNotAnAlexaRequestIsABadRequest() {
        assertThat(RunningAssistant.post(port, "/alexa", "{\"hello\": ").status()).isEqualTo(400);
        assertThat(RunningAssistant.post(port, "/alexa", "[]").status()).isEqualTo(400);
        assertThat(RunningAssistant.post(port, "/alexa", "{}").status()).isEqualTo(400);
    }

    private AlexaRequests requests() {
        return new AlexaRequests(ADDRESS_API.endpoint(), RunningAssistant.NOW.toInstant());
    }

    private JsonNode send(String body) {
        JsonResponse response = RunningAssistant.post(port, "/alexa", body);
        assertThat(response.status()).as("HTTP status for %s", body).isEqualTo(200);
        return response.body();
    }

    private static String speech(JsonNode response) {
        return response.at("/response/outputSpeech/ssml").asString();
    }

    private static Map<String, Object> attributes(JsonNode response) {
        return JSON.convertValue(response.get("sessionAttributes"), new TypeReference<Map<String, Object>>() { });
    }
}
