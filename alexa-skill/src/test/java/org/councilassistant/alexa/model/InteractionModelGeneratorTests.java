package org.councilassistant.alexa.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.councilassistant.alexa.model.InteractionModel.Intent;
import org.councilassistant.alexa.model.InteractionModel.Slot;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.catalogue.IntentKind;
import org.junit.jupiter.api.Test;

/**
 * Checks the generated model against Alexa's rules and the committed skill package against the generator.
 * When the training data changes, the drift check fails; regenerate the committed model from the repository
 * root with {@code ./mvnw -B -o -q -pl alexa-skill test -Dtest=InteractionModelGeneratorTests
 * -Dalexa.model.regenerate=true}, or run {@link InteractionModelGenerator#main} from the repository root.
 */
class InteractionModelGeneratorTests {

    private static final String REGENERATE_PROPERTY = "alexa.model.regenerate";
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{(\\w+)\\}");
    private static final Pattern SAMPLE_WORDS = Pattern.compile("[\\p{Ll}' .]*");
    private static final Set<String> BUILT_INS = Set.of("AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent",
            "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent", "AMAZON.YesIntent", "AMAZON.NoIntent");

    private final InteractionModel model = new InteractionModelGenerator().generate();

    @Test
    void committedModelIsWhatTheGeneratorProducesFromTheTrainingData() throws IOException {
        String generated = InteractionModelGenerator.toJson(model);
        if (Boolean.getBoolean(REGENERATE_PROPERTY)) {
            Files.createDirectories(InteractionModelGenerator.MODEL_IN_MODULE.toAbsolutePath().getParent());
            Files.writeString(InteractionModelGenerator.MODEL_IN_MODULE, generated);
        }
        String committed = Files.exists(InteractionModelGenerator.MODEL_IN_MODULE)
                ? Files.readString(InteractionModelGenerator.MODEL_IN_MODULE) : "";
        if (!committed.equals(generated)) {
            fail("alexa-skill/%s is out of date with the intents module's catalogue and training data (first difference"
                    + " at line %d). Regenerate it: ./mvnw -B -o -q -pl alexa-skill test -Dtest=InteractionModelGeneratorTests"
                    + " -D%s=true (or run InteractionModelGenerator.main from the repository root) and commit the result.",
                    InteractionModelGenerator.MODEL_IN_MODULE, firstDifferentLine(committed, generated), REGENERATE_PROPERTY);
        }
    }

    @Test
    void writesTheAskCliLayoutWithTwoSpaceIndentsAndAFinalNewline() {
        String json = InteractionModelGenerator.toJson(model);

        assertThat(json).startsWith("{\n  \"interactionModel\": {\n    \"languageModel\": {\n"
                + "      \"invocationName\": \"brackenfield council\",\n      \"intents\": [\n");
        assertThat(json).contains("\"name\": \"AMAZON.StopIntent\",\n          \"samples\": []\n").endsWith("}\n}\n");
        assertThat(InteractionModelGenerator.toJson(new InteractionModelGenerator().generate())).isEqualTo(json);
    }

    @Test
    void hasAnIntentForEveryCatalogueIntentExceptHelpAndGoodbyeInCatalogueOrder() {
        List<String> expected = IntentCatalogue.load().all().stream()
                .filter(intent -> intent.kind() != IntentKind.SOCIAL || Set.of("greeting", "thanks").contains(intent.id()))
                .map(IntentDefinition::id)
                .map(AlexaIntentNames::forCatalogueIntent)
                .toList();

        assertThat(model.intents()).extracting(Intent::name)
                .startsWith(expected.toArray(String[]::new))
                .doesNotContain("HelpIntent", "GoodbyeIntent");
        assertThat(model.intents().subList(expected.size(), model.intents().size())).extracting(Intent::name)
                .containsExactly(AlexaIntentNames.HOUSE_NUMBER, AlexaIntentNames.ASK_QUESTION, "AMAZON.HelpIntent",
                        "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent",
                        "AMAZON.YesIntent", "AMAZON.NoIntent");
    }

    @Test
    void everySampleKeepsToAlexasRules() {
        Map<String, String> intentOfSample = new HashMap<>();
        for (Intent intent : model.intents()) {
            if (BUILT_INS.contains(intent.name())) {
                assertThat(intent.samples()).as(intent.name()).isEmpty();
                continue;
            }
            assertThat(intent.samples()).as(intent.name()).isNotEmpty().doesNotHaveDuplicates();
            Set<String> declared = Set.copyOf(intent.slots().stream().map(Slot::name).toList());
            for (String sample : intent.samples()) {
                assertThat(sample.length()).as(sample).isLessThanOrEqualTo(SampleSanitiser.MAX_LENGTH);
                assertThat(sample).as(sample).doesNotContainPattern("\\d").isEqualTo(sample.strip());
                List<String> slots = SLOT_REFERENCE.matcher(sample).results().map(result -> result.group(1)).toList();
                assertThat(slots).as(sample).doesNotHaveDuplicates().allMatch(declared::contains);
                assertThat(SLOT_REFERENCE.matcher(sample).replaceAll(" ")).as(sample).matches(SAMPLE_WORDS);
                String otherIntent = intentOfSample.putIfAbsent(sample, intent.name());
                assertThat(otherIntent).as("'%s' is in %s and %s", sample, otherIntent, intent.name()).isNull();
            }
        }
    }

    @Test
    void everyDeclaredSlotIsUsedAndHasAKnownType() {
        Set<String> customTypes = Set.copyOf(model.types().stream().map(InteractionModel.SlotType::name).toList());
        for (Intent intent : model.intents()) {
            for (Slot slot : intent.slots()) {
                assertThat(intent.samples()).as(intent.name()).anyMatch(sample -> sample.contains("{" + slot.name() + "}"));
                assertThat(slot.type().startsWith("AMAZON.") || customTypes.contains(slot.type())).as(slot.type()).isTrue();
            }
        }
    }

    @Test
    void searchQuerySamplesHaveACarrierPhrase() {
        for (Intent intent : model.intents()) {
            for (Slot slot : intent.slots()) {
                if (slot.type().equals("AMAZON.SearchQuery")) {
                    assertThat(intent.slots()).as(intent.name()).hasSize(1);
                    assertThat(intent.samples()).as(intent.name())
                            .allMatch(sample -> !sample.replace("{" + slot.name() + "}", "").isBlank());
                }
            }
        }
    }

    @Test
    void understandsTheResidentsMostCommonQuestions() {
        assertThat(samplesOf("BinCollectionDayIntent")).contains("when is my bin day", "is it {binType} week");
        assertThat(samplesOf("MissedBinIntent")).anyMatch(sample -> sample.contains("{binType}"));
        assertThat(samplesOf("CouncilTaxPayIntent")).contains("how do i pay council tax");
        assertThat(samplesOf(AlexaIntentNames.HOUSE_NUMBER)).contains("{houseNumber}", "number {houseNumber}");
        assertThat(samplesOf(AlexaIntentNames.ASK_QUESTION)).contains("tell me about {query}");
    }

    @Test
    void declaresTheSlotsTheRequestHandlersRead() {
        assertThat(model.intent("BinCollectionDayIntent").orElseThrow().slots())
                .containsExactly(new Slot(AlexaIntentNames.BIN_TYPE_SLOT, BinTypeVocabulary.SLOT_TYPE));
        assertThat(model.intent(AlexaIntentNames.HOUSE_NUMBER).orElseThrow().slots())
                .containsExactly(new Slot(AlexaIntentNames.HOUSE_NUMBER_SLOT, "AMAZON.NUMBER"));
        assertThat(model.intent(AlexaIntentNames.ASK_QUESTION).orElseThrow().slots())
                .containsExactly(new Slot(AlexaIntentNames.QUERY_SLOT, "AMAZON.SearchQuery"));
        assertThat(model.types()).extracting(InteractionModel.SlotType::name).containsExactly(BinTypeVocabulary.SLOT_TYPE);
    }

    @Test
    void addsStaffIntentsAfterTheCataloguesWithTheirPhrasesSanitisedIntoSamples() {
        InteractionModel withStaff = new InteractionModelGenerator().generate(List.of(
                new AddedIntent("allotments_waiting_list", List.of("How do I get an allotment?",
                        "Allotment waiting-list", "is there a wait for 2 plots", "allotment waiting list"))));

        assertThat(withStaff.intent("AllotmentsWaitingListIntent").orElseThrow().samples())
                .containsExactly("how do i get an allotment", "allotment waiting list");
        List<String> names = withStaff.intents().stream().map(Intent::name).toList();
        assertThat(names.indexOf("AllotmentsWaitingListIntent")).isEqualTo(names.indexOf(AlexaIntentNames.ASK_QUESTION) + 1);
        assertThat(withStaff.intents()).hasSize(model.intents().size() + 1);
    }

    @Test
    void anAddedIntentGivesUpSamplesOtherIntentsHaveAndIsLeftOutWithNoneLeft() {
        InteractionModel withStaff = new InteractionModelGenerator().generate(List.of(
                new AddedIntent("bins_again", List.of("when is my bin day", "my bins again")),
                new AddedIntent("more_bins", List.of("my bins again", "bins bins bins")),
                new AddedIntent("only_numbers", List.of("123", "4 5 6"))));

        assertThat(withStaff.intent("BinsAgainIntent")).isEmpty();
        assertThat(withStaff.intent("MoreBinsIntent").orElseThrow().samples()).containsExactly("bins bins bins");
        assertThat(withStaff.intent("OnlyNumbersIntent")).isEmpty();
        assertThat(samplesOf("BinCollectionDayIntent")).contains("when is my bin day");
    }

    private List<String> samplesOf(String intentName) {
        return model.intent(intentName).orElseThrow().samples();
    }

    private static int firstDifferentLine(String committed, String generated) {
        String[] before = committed.split("\n", -1);
        String[] after = generated.split("\n", -1);
        int line = 0;
        while (line < before.length && line < after.length && before[line].equals(after[line])) {
            line++;
        }
        return line + 1;
    }
}
