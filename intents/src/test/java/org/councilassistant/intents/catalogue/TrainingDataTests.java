package org.councilassistant.intents.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.LabelledExample;
import org.junit.jupiter.api.Test;

class TrainingDataTests {

    private final IntentCatalogue catalogue = IntentCatalogue.load();

    @Test
    void catalogueCoversEveryCouncilServiceTheAssistantPromises() {
        assertThat(catalogue.all()).extracting(IntentDefinition::id).contains(
                "bin_collection_day", "missed_bin", "bulky_waste", "garden_waste", "new_bin", "what_goes_in_which_bin",
                "recycling_centre", "council_tax_pay", "council_tax_discounts", "council_tax_bands",
                "council_tax_moving_home", "parking_permits", "parking_fines", "potholes", "street_lights",
                "fly_tipping", "noise_complaints", "planning", "libraries", "school_admissions", "housing_register",
                "homelessness", "housing_repairs", "housing_benefit", "free_school_meals", "registrars_births",
                "registrars_deaths", "registrars_marriages", "blue_badge", "register_to_vote", "polling_station",
                "postal_vote", "pest_control", "contact_details", "opening_hours",
                CouncilIntents.TALK_TO_PERSON, CouncilIntents.GREETING, CouncilIntents.THANKS,
                CouncilIntents.GOODBYE, CouncilIntents.HELP);
        assertThat(catalogue.kindOf(CouncilIntents.BIN_COLLECTION_DAY)).isEqualTo(IntentKind.TASK);
        assertThat(catalogue.kindOf(CouncilIntents.TALK_TO_PERSON)).isEqualTo(IntentKind.HANDOFF);
    }

    @Test
    void everyIntentHasAtLeastTwentyFiveTrainingPhrases() {
        for (IntentDefinition intent : catalogue.all()) {
            assertThat(CouncilTrainingData.phrases("en", intent.id()))
                    .as("training phrases for %s", intent.id())
                    .hasSizeGreaterThanOrEqualTo(25);
        }
        assertThat(CouncilTrainingData.phrases("en", CouncilIntents.OUT_OF_SCOPE)).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void everyIntentHasAtLeastFifteenWelshPhrasesWithAndWithoutAccents() {
        for (IntentDefinition intent : catalogue.all()) {
            assertThat(CouncilTrainingData.phrases("cy", intent.id()))
                    .as("Welsh training phrases for %s", intent.id())
                    .hasSizeGreaterThanOrEqualTo(15);
        }
        assertThat(CouncilTrainingData.phrases("cy", CouncilIntents.OUT_OF_SCOPE)).hasSizeGreaterThanOrEqualTo(100);
        List<String> welsh = CouncilTrainingData.load(catalogue, "cy").stream().map(LabelledExample::text).toList();
        assertThat(welsh).anyMatch(text -> text.matches(".*[âêîôûŵŷáéíóúàèìòù].*"));
        assertThat(welsh).anyMatch(text -> text.contains(" ty ") || text.contains("ty "));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "cy"})
    void noPhraseIsTaughtAsTwoDifferentIntents(String language) {
        List<LabelledExample> examples = CouncilTrainingData.load(catalogue, language);
        Map<String, String> seen = new HashMap<>();
        for (LabelledExample example : examples) {
            String key = example.text().toLowerCase(Locale.ROOT).strip();
            String previous = seen.putIfAbsent(key, example.label());
            assertThat(previous).as("'%s' is in %s and %s", example.text(), previous, example.label()).isNull();
        }
    }
}
