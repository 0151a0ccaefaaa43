package org.councilassistant.intents.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.councilassistant.intents.training.LabelledExample;

/**
 * The engine's own intent model: TF-IDF over word and character n-grams, scored by multinomial logistic
 * regression. Fast to train and to apply (a message touches only its own features' weights).
 */
public final class LinearIntentModel {

    private final TfIdfVectoriser vectoriser;
    private final SoftmaxModel model;

    private LinearIntentModel(TfIdfVectoriser vectoriser, SoftmaxModel model) {
        this.vectoriser = vectoriser;
        this.model = model;
    }

    /** Trains on already-tokenised examples (see {@code TextNormaliser}). */
    public static LinearIntentModel train(List<LabelledExample> examples, List<String[]> tokens) {
        TfIdfVectoriser vectoriser = TfIdfVectoriser.fit(tokens);
        Map<String, Integer> labelIds = new HashMap<>();
        List<String> labels = new ArrayList<>();
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            String label = examples.get(i).label();
            y[i] = labelIds.computeIfAbsent(label, l -> {
                labels.add(l);
                return labels.size() - 1;
            });
        }
        List<SparseVector> vectors = tokens.stream().map(vectoriser::vectorise).toList();
        SoftmaxModel model = SoftmaxTrainer.train(vectors, y, labels.toArray(String[]::new), vectoriser.dimensions());
        return new LinearIntentModel(vectoriser, model);
    }

    public String[] labels() {
        return model.labels().clone();
    }

    /** Probabilities per label, in {@link #labels()} order. */
    public double[] probabilities(String[] tokens) {
        return model.probabilities(vectoriser.vectorise(tokens));
    }

    public void write(DataOutputStream out) throws IOException {
        vectoriser.write(out);
        model.write(out);
    }

    public static LinearIntentModel read(DataInputStream in) throws IOException {
        return new LinearIntentModel(TfIdfVectoriser.read(in), SoftmaxModel.read(in));
    }
}
