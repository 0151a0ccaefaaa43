package org.councilassistant.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AlexaRequestsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant TIMESTAMP = Instant.parse("2026-11-25T09:30:12.345Z");

    @Test
    void buildsAnIntentRequestEnvelopeForTheBenchmarkSkill() {
        JsonNode envelope = JSON.readTree(AlexaRequests.envelope(AlexaRequests.Ask.question("parking permits"), "7",
                TIMESTAMP));

        assertThat(envelope.at("/version").asString()).isEqualTo("1.0");
        assertThat(envelope.at("/context/System/application/applicationId").asString())
                .isEqualTo("amzn1.ask.skill.benchmark");
        assertThat(envelope.at("/session/application/applicationId").asString())
                .isEqualTo("amzn1.ask.skill.benchmark");
        assertThat(envelope.at("/session/new").asBoolean()).isTrue();
        assertThat(envelope.at("/session/sessionId").asString()).isEqualTo("amzn1.echo-api.session.benchmark-7");
        assertThat(envelope.at("/session/attributes").isObject()).isTrue();
        assertThat(envelope.at("/context/System/device/deviceId").asString()).isNotBlank();
        assertThat(envelope.at("/context/System/device/supportedInterfaces").isObject()).isTrue();
        assertThat(envelope.at("/context/System/apiEndpoint").asString()).startsWith("https://");
        assertThat(envelope.at("/request/type").asString()).isEqualTo("IntentRequest");
        assertThat(envelope.at("/request/requestId").asString()).isEqualTo("amzn1.echo-api.request.benchmark-7");
        assertThat(envelope.at("/request/timestamp").asString()).isEqualTo("2026-11-25T09:30:12Z");
        assertThat(envelope.at("/request/locale").asString()).isEqualTo("en-GB");
        assertThat(envelope.at("/request/intent/name").asString()).isEqualTo("AskQuestionIntent");
        assertThat(envelope.at("/request/intent/confirmationStatus").asString()).isEqualTo("NONE");
        assertThat(envelope.at("/request/intent/slots/query/name").asString()).isEqualTo("query");
        assertThat(envelope.at("/request/intent/slots/query/value").asString()).isEqualTo("parking permits");
    }

    @Test
    void givesACatalogueIntentNoSlots() {
        JsonNode envelope = JSON.readTree(AlexaRequests.envelope(AlexaRequests.Ask.intent("PotholesIntent"), "1",
                TIMESTAMP));

        assertThat(envelope.at("/request/intent/name").asString()).isEqualTo("PotholesIntent");
        assertThat(envelope.at("/request/intent/slots").isEmpty()).isTrue();
    }

    @Test
    void asksOfTheInteractionModelOnlyWhatNeedsNoNetwork() throws IOException {
        Map<String, Set<String>> slotsByIntent = interactionModel();

        for (AlexaRequests.Ask ask : AlexaRequests.ASKS) {
            assertThat(slotsByIntent).as("intents of en-GB.json").containsKey(ask.intent());
            assertThat(slotsByIntent.get(ask.intent())).as("slots of " + ask.intent())
                    .containsAll(ask.slots().keySet());
        }
        assertThat(AlexaRequests.ASKS).extracting(AlexaRequests.Ask::intent)
                .doesNotContain("BinCollectionDayIntent", "MissedBinIntent")
                .contains("AskQuestionIntent", "CouncilTaxPayIntent");
    }

    @Test
    void takesTheAsksInTurn() {
        int asks = AlexaRequests.ASKS.size();

        assertThat(AlexaRequests.ask(0)).isEqualTo(AlexaRequests.ASKS.get(0));
        assertThat(AlexaRequests.ask(asks + 1L)).isEqualTo(AlexaRequests.ASKS.get(1));
        assertThat(AlexaRequests.describe()).startsWith("AskQuestionIntent 'paying my council tax', "
                + "CouncilTaxPayIntent, ");
    }

    /** The generated model beside the skill: intent name → its slot names. */
    private static Map<String, Set<String>> interactionModel() throws IOException {
        Path model = Path.of("alexa-skill/skill-package/interactionModels/custom/en-GB.json");
        if (!Files.isRegularFile(model)) {
            model = Path.of("..").resolve(model);
        }
        Map<String, Set<String>> slotsByIntent = new HashMap<>();
        for (JsonNode intent : JSON.readTree(Files.readString(model)).at("/interactionModel/languageModel/intents")) {
            Set<String> slots = new HashSet<>();
            intent.path("slots").forEach(slot -> slots.add(slot.path("name").asString()));
            slotsByIntent.put(intent.path("name").asString(), slots);
        }
        return slotsByIntent;
    }
}
