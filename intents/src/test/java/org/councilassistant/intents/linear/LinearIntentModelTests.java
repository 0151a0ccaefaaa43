package org.councilassistant.intents.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;

import org.councilassistant.intents.opennlp.TextNormaliser;
import org.councilassistant.intents.training.LabelledExample;
import org.junit.jupiter.api.Test;

class LinearIntentModelTests {

    private static final List<LabelledExample> EXAMPLES = List.of(
            new LabelledExample("when is my recycling collected", "bins"),
            new LabelledExample("which day is recycling collection", "bins"),
            new LabelledExample("recycling collection day please", "bins"),
            new LabelledExample("how do i pay council tax", "tax"),
            new LabelledExample("pay my council tax bill", "tax"),
            new LabelledExample("council tax payment online", "tax"));

    @Test
    void vectorsHaveUnitLengthAndIgnoreFeaturesNeverSeenTwice() {
        TfIdfVectoriser vectoriser = TfIdfVectoriser.fit(tokens(EXAMPLES));
        SparseVector vector = vectoriser.vectorise(TextNormaliser.tokens("recycling collection"));
        double norm = 0;
        for (float v : vector.value()) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, within(1e-5));
        assertThat(vectoriser.vectorise(TextNormaliser.tokens("zzzz qqqq"))).isSameAs(SparseVector.EMPTY);
    }

    @Test
    void aMisspellingStillSharesCharacterFeaturesWithTheWord() {
        TfIdfVectoriser vectoriser = TfIdfVectoriser.fit(tokens(EXAMPLES));
        assertThat(vectoriser.vectorise(TextNormaliser.tokens("recyling")).size()).isGreaterThan(2);
    }

    @Test
    void learnsTheLabelsAndSurvivesARoundTripToBytes() throws Exception {
        LinearIntentModel model = LinearIntentModel.train(EXAMPLES, tokens(EXAMPLES));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        LinearIntentModel reloaded = LinearIntentModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        String[] question = TextNormaliser.tokens("when is the recyling collected");
        int bins = List.of(model.labels()).indexOf("bins");
        assertThat(model.probabilities(question)[bins]).isGreaterThan(0.5);
        assertThat(reloaded.probabilities(question)).containsExactly(model.probabilities(question));
        assertThat(reloaded.labels()).containsExactly(model.labels());
    }

    private static List<String[]> tokens(List<LabelledExample> examples) {
        return examples.stream().map(e -> TextNormaliser.tokens(e.text())).toList();
    }
}
