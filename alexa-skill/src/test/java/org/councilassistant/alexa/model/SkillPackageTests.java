package org.councilassistant.alexa.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Checks the committed ASK CLI skill package (read from the module directory, surefire's working directory). */
class SkillPackageTests {

    private static final Path SKILL_PACKAGE = Path.of("skill-package");
    /** "Alexa, ask brackenfield council when is my bin day": the part after the invocation must be a sample. */
    private static final Pattern INTENT_PHRASE = Pattern.compile("alexa, (?:ask|tell) " + InteractionModelGenerator.INVOCATION_NAME + " (?:to )?(.+?)[.?!]?");
    private static final Pattern LAUNCH_PHRASE = Pattern.compile("alexa, (?:open|launch|start) " + InteractionModelGenerator.INVOCATION_NAME + "[.?!]?");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void examplePhrasesAreSamplesOfTheModel() throws IOException {
        JsonNode locale = manifest().at("/publishingInformation/locales/en-GB");
        List<String> phrases = StreamSupport.stream(locale.get("examplePhrases").spliterator(), false)
                .map(JsonNode::asText).map(phrase -> phrase.toLowerCase(Locale.ROOT)).toList();
        Set<String> samples = Set.copyOf(new InteractionModelGenerator().generate().intents().stream()
                .flatMap(intent -> intent.samples().stream()).toList());

        assertThat(phrases).hasSizeBetween(1, 3);
        assertThat(phrases.get(0)).matches(LAUNCH_PHRASE);
        for (String phrase : phrases.subList(1, phrases.size())) {
            Matcher matcher = INTENT_PHRASE.matcher(phrase);
            assertThat(matcher.matches()).as(phrase).isTrue();
            assertThat(samples).as(phrase).contains(matcher.group(1));
        }
    }

    @Test
    void pointsAlexaAtTheCouncilsEndpointAndAsksOnlyForThePostcode() throws IOException {
        JsonNode manifest = manifest();

        assertThat(manifest.at("/apis/custom/endpoint/uri").asText()).isEqualTo("https://assistant.brackenfield.example/alexa");
        assertThat(manifest.at("/apis/custom/endpoint/sslCertificateType").asText()).isEqualTo("Wildcard");
        assertThat(manifest.get("permissions")).extracting(permission -> permission.get("name").asText())
                .containsExactly("alexa::devices:all:address:country_and_postal_code:read");
        assertThat(manifest.at("/publishingInformation/locales/en-GB/name").asText()).isEqualTo("Brackenfield Council");
        assertThat(manifest.at("/privacyAndCompliance/locales/en-GB/privacyPolicyUrl").asText()).startsWith("https://");
    }

    @Test
    void askCliFindsTheSkillPackageBesideIt() throws IOException {
        JsonNode resources = json.readTree(Path.of("ask-resources.json").toFile());

        assertThat(resources.get("askcliResourcesVersion").asText()).isEqualTo("2020-03-31");
        assertThat(Path.of(resources.at("/profiles/default/skillMetadata/src").asText()).normalize()).isEqualTo(SKILL_PACKAGE);
        assertThat(SKILL_PACKAGE.resolve("skill.json")).exists();
        assertThat(Path.of("").toAbsolutePath().resolve(InteractionModelGenerator.MODEL_IN_MODULE)).exists();
    }

    private JsonNode manifest() throws IOException {
        return json.readTree(SKILL_PACKAGE.resolve("skill.json").toFile()).get("manifest");
    }
}
