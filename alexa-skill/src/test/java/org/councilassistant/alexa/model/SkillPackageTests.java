package org.councilassistant.alexa.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.SampleCouncil;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed ASK CLI skill package, the sample council's (read from the module directory, surefire's
 * working directory), and the package made for another council. When the manifest's wording changes, regenerate
 * the committed one with {@code ./mvnw -B -o -q -pl alexa-skill test -Dtest=SkillPackageTests
 * -Dalexa.model.regenerate=true}.
 */
class SkillPackageTests {

    private static final Path SKILL_PACKAGE = Path.of("skill-package");
    private static final URI SAMPLE_ENDPOINT = URI.create("https://assistant.brackenfield.example/alexa");
    /** "Alexa, ask brackenfield council when is my bin day": the part after the invocation must be a sample. */
    private static final Pattern INTENT_PHRASE = Pattern.compile("alexa, (?:ask|tell) " + SampleCouncil.ALEXA_INVOCATION_NAME + " (?:to )?(.+?)[.?!]?");
    private static final Pattern LAUNCH_PHRASE = Pattern.compile("alexa, (?:open|launch|start) " + SampleCouncil.ALEXA_INVOCATION_NAME + "[.?!]?");
    private static final Council ASHDOWN = new Council("Ashdown District Council", "Ashdown Council",
            "Cyngor Dosbarth Ashdown", "Cyngor Ashdown", "01234 567 890", "01234 567 999",
            URI.create("https://www.ashdown.gov.uk"), URI.create("https://www.ashdown.gov.uk/privacy/assistant"),
            "AS1 1AA", null, "#00703c", "ashdown council");

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
    void committedManifestIsWhatThePackageMakesForTheSampleCouncil() throws IOException {
        String made = SkillPackage.forCouncil(Council.sample(), SAMPLE_ENDPOINT).manifestJson();
        if (Boolean.getBoolean("alexa.model.regenerate")) {
            Files.writeString(SkillPackage.MANIFEST_IN_MODULE, made);
        }

        assertThat(Files.readString(SkillPackage.MANIFEST_IN_MODULE))
                .as("alexa-skill/skill-package/skill.json is out of date with messages/alexa-manifest.properties: rerun "
                        + "this test with -Dalexa.model.regenerate=true and commit the result")
                .isEqualTo(made);
    }

    @Test
    void anotherCouncilsPackageNamesThatCouncilAndNeverTheSample() throws IOException {
        SkillPackage ashdown = SkillPackage.forCouncil(ASHDOWN, URI.create("https://assistant.ashdown.gov.uk/alexa"));
        JsonNode manifest = json.readTree(ashdown.manifestJson()).get("manifest");

        assertThat(manifest.at("/publishingInformation/locales/en-GB/name").asText()).isEqualTo("Ashdown Council");
        assertThat(manifest.at("/publishingInformation/locales/en-GB/examplePhrases/0").asText())
                .isEqualTo("Alexa, open Ashdown Council");
        assertThat(manifest.at("/privacyAndCompliance/locales/en-GB/privacyPolicyUrl").asText())
                .isEqualTo("https://www.ashdown.gov.uk/privacy/assistant");
        assertThat(manifest.at("/apis/custom/endpoint/uri").asText()).isEqualTo("https://assistant.ashdown.gov.uk/alexa");
        assertThat(ashdown.model().invocationName()).isEqualTo("ashdown council");
        assertThat(ashdown.manifestJson() + ashdown.modelJson()).doesNotContainIgnoringCase("brackenfield")
                .doesNotContain("BK1", "01632");
    }

    @Test
    void anotherCouncilsPackageHasTheIntentsStaffAddedWithItsInvocationName() {
        SkillPackage ashdown = SkillPackage.forCouncil(ASHDOWN, URI.create("https://assistant.ashdown.gov.uk/alexa"),
                List.of(new AddedIntent("allotments_waiting_list",
                        List.of("How do I get an allotment?", "allotment waiting list"))));

        assertThat(ashdown.model().invocationName()).isEqualTo("ashdown council");
        assertThat(ashdown.model().intent("AllotmentsWaitingListIntent").orElseThrow().samples())
                .containsExactly("how do i get an allotment", "allotment waiting list");
        assertThat(ashdown.model().intents()).hasSize(SkillPackage.forCouncil(ASHDOWN,
                URI.create("https://assistant.ashdown.gov.uk/alexa")).model().intents().size() + 1);
        assertThat(ashdown.modelJson()).doesNotContainIgnoringCase("brackenfield");
    }

    @Test
    void zipsThePackageInTheAskCliLayout() throws IOException {
        SkillPackage ashdown = SkillPackage.forCouncil(ASHDOWN, URI.create("https://assistant.ashdown.gov.uk/alexa"));
        List<String> entries = new ArrayList<>();
        String manifest = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ashdown.zip()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals("skill-package/skill.json")) {
                    manifest = content;
                }
            }
        }

        assertThat(entries).containsExactly("ask-resources.json", "skill-package/skill.json",
                "skill-package/interactionModels/custom/en-GB.json");
        assertThat(manifest).isEqualTo(ashdown.manifestJson());
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
