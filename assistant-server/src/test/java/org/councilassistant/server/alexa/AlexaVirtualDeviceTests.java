package org.councilassistant.server.alexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.councilassistant.server.RunningAssistant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The skill end to end as Alexa uses it: virtual-alexa (npm) resolves spoken utterances with the committed
 * en-GB interaction model and posts the requests to the running server; the device's postcode comes from a
 * local Device Address API. Launch, bin day, a council question, stop.
 *
 * <p>Runs in the {@code alexa-e2e} Maven profile; there, a missing Node or virtual-alexa fails the test.
 * Signature verification is off because virtual-alexa cannot sign as Amazon does (it is tested separately).
 */
@EnabledIfSystemProperty(named = "assistant.test.alexa-e2e", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.alexa.verify-signatures=false",
        "assistant.alexa.skill-id=" + AlexaRequests.SKILL_ID})
@Import(RunningAssistant.FixedClock.class)
class AlexaVirtualDeviceTests {

    private static final Path E2E = Path.of("..", "alexa-skill", "e2e");
    private static final Path MODEL = Path.of("..", "alexa-skill", "skill-package", "interactionModels", "custom",
            "en-GB.json");
    private static final DeviceAddressApiStub ADDRESS_API = new DeviceAddressApiStub();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

    @AfterAll
    static void stopTheAddressApi() {
        ADDRESS_API.close();
    }

    @Test
    void launchBinDayCouncilQuestionStop() throws Exception {
        ADDRESS_API.postcodeIs("BK2 4DE");

        JsonNode steps = journey(List.of("LAUNCH", "when is my bin day", "how do i pay council tax", "stop"));

        assertThat(steps.size()).isEqualTo(4);
        JsonNode launch = steps.get(0);
        assertThat(launch.get("ssml").asString()).contains("Welcome to Brackenfield Council");
        assertThat(launch.get("shouldEndSession").asBoolean()).isFalse();

        JsonNode binDay = steps.get(1);
        assertThat(binDay.get("intent").asString()).isEqualTo("BinCollectionDayIntent");
        assertThat(binDay.get("ssml").asString())
                .contains("At 3 Kestrel Rise, Brackenfield, your blue recycling bin is next collected on Wednesday "
                        + "the <say-as interpret-as=\"ordinal\">25</say-as> of November")
                .contains("Is there anything else I can help with?");
        assertThat(binDay.get("shouldEndSession").asBoolean()).isFalse();

        JsonNode question = steps.get(2);
        assertThat(question.get("intent").asString()).isEqualTo("CouncilTaxPayIntent");
        assertThat(question.get("ssml").asString()).contains("You can pay council tax by Direct Debit");
        assertThat(question.get("card").asString()).contains("https://");

        JsonNode stop = steps.get(3);
        assertThat(stop.get("intent").asString()).isEqualTo("AMAZON.StopIntent");
        assertThat(stop.get("ssml").asString()).contains("Goodbye");
        assertThat(stop.get("shouldEndSession").asBoolean()).isTrue();
    }

    private JsonNode journey(List<String> utterances) throws IOException, InterruptedException {
        Path script = E2E.resolve("skill-journey.js");
        if (!Files.isDirectory(E2E.resolve("node_modules").resolve("virtual-alexa"))) {
            throw new IllegalStateException("virtual-alexa is missing: run `npm ci --prefix alexa-skill/e2e` first");
        }
        ProcessBuilder node = new ProcessBuilder("node", script.toString());
        Map<String, String> env = node.environment();
        env.put("SKILL_URL", "http://127.0.0.1:" + port + "/alexa");
        env.put("SKILL_ID", AlexaRequests.SKILL_ID);
        env.put("MODEL", MODEL.toAbsolutePath().toString());
        env.put("ADDRESS_API", ADDRESS_API.endpoint());
        env.put("API_TOKEN", AlexaRequests.API_TOKEN);
        env.put("DEVICE_ID", AlexaRequests.DEVICE_ID);
        env.put("UTTERANCES", JSON.writeValueAsString(utterances));
        Path errors = Files.createTempFile("skill-journey", ".log");
        Process process = node.redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue()).as("node failed: %s", Files.readString(errors)).isZero();
        return JSON.readTree(output);
    }
}
