package org.councilassistant.intents.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.IntentModelStore;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.intents.training.TrainerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The council's English model with its embedding member, as the server trains it: the real model, no mock. */
class SemanticEnsembleTests {

    @TempDir
    static Path modelDirectory;

    static TextEmbedder embedder;
    static List<LabelledExample> examples;
    static EnsembleIntentClassifier classifier;

    @BeforeAll
    static void trainCouncilModelWithEmbeddings() {
        embedder = OnnxTextEmbedder.named(OnnxTextEmbedder.DEFAULT_MODEL);
        examples = CouncilTrainingData.load(IntentCatalogue.load(), "en");
        classifier = new IntentModelStore(modelDirectory, TrainerSettings.defaults(), embedder).loadOrTrain(examples);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "can you tell me which day the rubbish lorry comes|bin_collection_day",
        "nobody emptied my wheelie bin this morning|missed_bin",
        "I'd like to settle what I owe for council tax|council_tax_pay",
        "a big crater has opened up in the tarmac outside my house|potholes",
        "someone has dumped an old mattress in the lane|fly_tipping"
    })
    void understandsParaphrasesThatShareFewWordsWithTheTrainingPhrases(String text, String intent) {
        Classification classification = classifier.classify(text);

        assertThat(classification.intent()).isEqualTo(intent);
        assertThat(classification.outOfScope()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's the capital of Peru", "how do I bake sourdough bread",
        "who won the football last night", "recommend me a good film", "what's 6 times 7"})
    void saysOutOfScopeWithoutAnyOutOfScopeTrainingExamples(String text) {
        Classification classification = classifier.classify(text);

        assertThat(classification.outOfScope()).as(text + " scored " + classification.inScopeScore()).isTrue();
    }

    @Test
    void choosesWeightsAndAThresholdOnHeldOutData() {
        assertThat(classifier.weights().semantic()).isGreaterThan(0.0);
        assertThat(classifier.threshold()).isBetween(0.0, 0.9);
        assertThat(classifier.embedder()).contains(embedder);
    }

    @Test
    void givesTheSameAnswerWithAnEmbeddingComputedOnceByTheCaller() {
        String text = "when is my bin day";

        assertThat(classifier.classify(text, embedder.embed(text))).isEqualTo(classifier.classify(text));
    }

    @Test
    void aReloadedModelClassifiesExactlyAsTheOneTrained() {
        EnsembleIntentClassifier reloaded =
                new IntentModelStore(modelDirectory, TrainerSettings.defaults(), embedder).loadOrTrain(examples);

        assertThat(reloaded.weights()).isEqualTo(classifier.weights());
        for (String text : List.of("when is my bin day", "which day does the rubbish lorry come", "hello",
                "what's the capital of Peru")) {
            assertThat(reloaded.classify(text)).isEqualTo(classifier.classify(text));
        }
    }

    @Test
    void retrainsWhenTheModelWasTrainedWithoutEmbeddings() throws Exception {
        Path lexicalDirectory = Files.createTempDirectory(modelDirectory, "lexical");
        new IntentModelStore(lexicalDirectory, TrainerSettings.defaults().withoutCalibration()).loadOrTrain(examples);

        EnsembleIntentClassifier semantic = new IntentModelStore(lexicalDirectory,
                TrainerSettings.defaults().withoutCalibration(), embedder).loadOrTrain(examples);

        assertThat(semantic.semanticModel()).isNotNull();
        assertThat(Files.exists(lexicalDirectory.resolve("intent-embedding-head.bin"))).isTrue();
    }

    @Test
    void lexicalOnlyTrainerHasNoEmbeddingMember() {
        EnsembleIntentClassifier lexical = new IntentTrainer(TrainerSettings.defaults().withoutCalibration())
                .train(examples, null);

        assertThat(lexical.semanticModel()).isNull();
        assertThat(lexical.embedder()).isEmpty();
        assertThat(lexical.weights().semantic()).isZero();
    }
}
