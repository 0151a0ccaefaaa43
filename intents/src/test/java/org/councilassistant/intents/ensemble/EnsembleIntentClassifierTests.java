package org.councilassistant.intents.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.IntentModelStore;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.intents.training.TrainerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnsembleIntentClassifierTests {

    @TempDir
    static Path modelDirectory;

    static List<LabelledExample> examples;
    static EnsembleIntentClassifier classifier;

    @BeforeAll
    static void trainCouncilModel() {
        examples = CouncilTrainingData.load(IntentCatalogue.load(), "en");
        classifier = new IntentModelStore(modelDirectory, TrainerSettings.defaults()).loadOrTrain(examples);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "when is my bin day|bin_collection_day",
        "the binmen didn't take my black bin|missed_bin",
        "how do I pay my council tax|council_tax_pay",
        "I got a PCN|parking_fines",
        "what time does the tip open|recycling_centre",
        "there's a massive pothole on my road|potholes",
        "can I speak to a real person|talk_to_person",
        "hello|greeting",
        "thanks very much|thanks",
        "my mum passed away and I need to register it|registrars_deaths",
        "where do I vote|polling_station",
        "I'm going to be homeless tonight|homelessness"
    })
    void recognisesResidentsQuestions(String text, String intent) {
        Classification classification = classifier.classify(text);
        assertThat(classification.intent()).isEqualTo(intent);
        assertThat(classification.outOfScope()).isFalse();
        assertThat(classification.confidence()).isBetween(0.0, 1.0);
        assertThat(classification.alternatives()).hasSize(EnsembleIntentClassifier.ALTERNATIVES);
        assertThat(classification.alternatives().get(0).confidence())
                .isGreaterThanOrEqualTo(classification.alternatives().get(1).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's the capital of France", "who won the football last night", "", "   ?!"})
    void saysOutOfScopeForQuestionsACouncilCannotAnswer(String text) {
        Classification classification = classifier.classify(text);
        assertThat(classification.outOfScope()).isTrue();
        assertThat(classification.intent()).isEqualTo(CouncilIntents.OUT_OF_SCOPE);
    }

    @Test
    void calibratesAThresholdBetweenZeroAndOne() {
        assertThat(classifier.threshold()).isBetween(0.0, 0.9);
    }

    @Test
    void reusesTheStoredModelUntilTheTrainingDataChanges() throws Exception {
        Path modelFile = modelDirectory.resolve("intent-linear.bin");
        FileTime trainedAt = FileTime.fromMillis(0);
        Files.setLastModifiedTime(modelFile, trainedAt);

        new IntentModelStore(modelDirectory, TrainerSettings.defaults()).loadOrTrain(examples);
        assertThat(Files.getLastModifiedTime(modelFile)).isEqualTo(trainedAt);

        List<LabelledExample> changed = new java.util.ArrayList<>(examples);
        changed.add(new LabelledExample("when do the bin lorries come round", CouncilIntents.BIN_COLLECTION_DAY));
        EnsembleIntentClassifier retrained =
                new IntentModelStore(modelDirectory, TrainerSettings.defaults().withoutCalibration()).loadOrTrain(changed);
        assertThat(Files.getLastModifiedTime(modelFile)).isNotEqualTo(trainedAt);
        assertThat(retrained.classify("when is my bin day").intent()).isEqualTo(CouncilIntents.BIN_COLLECTION_DAY);
    }

    @Test
    void aReloadedModelClassifiesExactlyAsTheOneTrained() {
        EnsembleIntentClassifier reloaded =
                new IntentModelStore(modelDirectory, TrainerSettings.defaults()).loadOrTrain(examples);
        for (String text : List.of("when is my bin day", "I got a PCN", "what's the capital of France", "hello")) {
            assertThat(reloaded.classify(text)).isEqualTo(classifier.classify(text));
        }
    }
}
