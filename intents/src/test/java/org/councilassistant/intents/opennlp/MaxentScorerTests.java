package org.councilassistant.intents.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.LabelledExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MaxentScorerTests {

    private static List<LabelledExample> examples;
    private static OpenNlpIntentModel model;

    @BeforeAll
    static void trainOnTheCouncilPhrases() {
        examples = CouncilTrainingData.load(IntentCatalogue.load(), "en");
        model = OpenNlpIntentModel.train(examples.stream().map(LabelledExample::label).toList(),
                examples.stream().map(e -> TextNormaliser.tokens(e.text())).toList(), 0.1, 100);
    }

    @Test
    void givesOpenNlpsOwnProbabilitiesForTrainingPhrasesAndNewMessages() {
        List<String> messages = new ArrayList<>(examples.stream().map(LabelledExample::text).toList());
        messages.addAll(List.of("my green bin wasnt emptied again BK1 2AB", "zzz qqq", "bin", "bin bin bin bin",
                "who won the football last night", "what's the weather like in cardiff"));
        for (String message : messages) {
            String[] tokens = TextNormaliser.tokens(message);
            double[] expected = model.categorizerProbabilities(tokens);
            double[] actual = model.probabilities(tokens);
            for (int label = 0; label < expected.length; label++) {
                assertThat(actual[label]).as(message).isCloseTo(expected[label], within(1e-5));
            }
        }
    }

    @Test
    void aModelReadBackFromBytesScoresTheSame() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        OpenNlpIntentModel reloaded = OpenNlpIntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        String[] tokens = TextNormaliser.tokens("how do i pay my council tax");
        assertThat(reloaded.probabilities(tokens)).containsExactly(model.probabilities(tokens));
        assertThat(reloaded.labels()).containsExactly(model.labels());
    }
}
