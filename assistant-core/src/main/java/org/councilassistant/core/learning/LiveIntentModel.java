package org.councilassistant.core.learning;

import java.util.List;
import java.util.Optional;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.training.LabelledExample;

/**
 * The intent model the assistant is using, replaceable while it runs: staff retrain from the console and the
 * new model takes over for the next message, with no restart.
 */
public final class LiveIntentModel implements IntentClassifier {

    private record Current(IntentClassifier model, List<LabelledExample> examples) {
    }

    private volatile Current current;

    /** @param examples what {@code model} was trained on, to compare a retrained model against */
    public LiveIntentModel(IntentClassifier model, List<LabelledExample> examples) {
        this.current = new Current(model, List.copyOf(examples));
    }

    @Override
    public Classification classify(String text) {
        return current.model().classify(text);
    }

    @Override
    public Classification classify(String text, float[] embedding) {
        return current.model().classify(text, embedding);
    }

    @Override
    public Optional<TextEmbedder> embedder() {
        return current.model().embedder();
    }

    public List<LabelledExample> examples() {
        return current.examples();
    }

    void replace(IntentClassifier model, List<LabelledExample> examples) {
        this.current = new Current(model, List.copyOf(examples));
    }
}
