package org.councilassistant.intents.training;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.embedding.EmbeddingHeadTrainer;
import org.councilassistant.intents.embedding.EmbeddingIntentModel;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.ensemble.EnsembleIntentClassifier;
import org.councilassistant.intents.ensemble.EnsembleWeights;
import org.councilassistant.intents.evaluation.ThresholdCalibrator;
import org.councilassistant.intents.linear.LinearIntentModel;
import org.councilassistant.intents.opennlp.OpenNlpIntentModel;
import org.councilassistant.intents.opennlp.TextNormaliser;

/**
 * Trains the intent classifier from any labelled examples: the council's own phrases or a benchmark set.
 *
 * <p>The lexical members are trained on the same tokens, the embedding member (when there is an embedder) on the
 * examples' sentence embeddings, computed once. When calibration is on, the members' weights and the out-of-scope
 * threshold are chosen from held-out predictions (k-fold on small sets, one held-out fold on large ones) before
 * the final models are trained on everything.
 */
public final class IntentTrainer {

    /** Above this many examples, one held-out fold is enough to calibrate and all k would take too long. */
    private static final int FULL_CROSS_VALIDATION_LIMIT = 5_000;

    private final TrainerSettings settings;
    private final TextEmbedder embedder;

    /** A trainer of lexical-only models (for languages without an embedding model). */
    public IntentTrainer(TrainerSettings settings) {
        this(settings, null);
    }

    /** @param embedder the sentence-embedding model of the embedding member, or null for lexical-only models */
    public IntentTrainer(TrainerSettings settings, TextEmbedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
    }

    /**
     * Trains on {@code examples}; those labelled {@code oosLabel} (may be null) become
     * {@link CouncilIntents#OUT_OF_SCOPE}.
     */
    public EnsembleIntentClassifier train(List<LabelledExample> examples, String oosLabel) {
        List<LabelledExample> relabelled = examples.stream()
                .map(example -> example.label().equals(oosLabel)
                        ? new LabelledExample(example.text(), CouncilIntents.OUT_OF_SCOPE)
                        : example)
                .toList();
        List<float[]> vectors = embedder == null ? null
                : embedder.embedAll(relabelled.stream().map(LabelledExample::text).toList());
        return trainEmbedded(relabelled, vectors);
    }

    /** Trains on examples whose embeddings (null without an embedder) were computed already. */
    EnsembleIntentClassifier trainEmbedded(List<LabelledExample> examples, List<float[]> vectors) {
        EnsembleIntentClassifier members = trainMembers(examples, vectors, defaultWeights(), settings.fixedThreshold());
        if (settings.calibrationFolds() <= 1) {
            return members;
        }
        int rounds = examples.size() > FULL_CROSS_VALIDATION_LIMIT ? 1 : settings.calibrationFolds();
        HeldOutFolds heldOut = HeldOutFolds.predict(this, examples, vectors, settings.calibrationFolds(), rounds);
        EnsembleWeights weights = embedder == null ? defaultWeights() : heldOut.mostAccurate(weightCandidates());
        double threshold = ThresholdCalibrator.bestThreshold(heldOut.predictions(weights));
        return new EnsembleIntentClassifier(members.linearModel(), members.openNlpModel(), members.semanticModel(),
                embedder, weights, threshold);
    }

    /** Trains every member on all the examples, with the given weights and threshold (no calibration). */
    EnsembleIntentClassifier trainMembers(List<LabelledExample> examples, List<float[]> vectors,
            EnsembleWeights weights, double threshold) {
        List<String[]> tokens = examples.stream().map(e -> TextNormaliser.tokens(e.text())).toList();
        List<String> labels = examples.stream().map(LabelledExample::label).toList();
        LinearIntentModel linear = LinearIntentModel.train(examples, tokens);
        OpenNlpIntentModel openNlp = OpenNlpIntentModel.train(labels, tokens, settings.l2Cost(),
                settings.maxIterations());
        EmbeddingIntentModel semantic = vectors == null ? null
                : new EmbeddingHeadTrainer(0.01, 1e-4, settings.headEpochs()).train(labels, vectors);
        return new EnsembleIntentClassifier(linear, openNlp, semantic, embedder, weights, threshold);
    }

    private EnsembleWeights defaultWeights() {
        if (embedder == null) {
            return EnsembleWeights.lexical(settings.linearWeight());
        }
        double lexical = 1 - settings.semanticWeight();
        return new EnsembleWeights(lexical * settings.linearWeight(), lexical * (1 - settings.linearWeight()),
                settings.semanticWeight());
    }

    /** The weights tried on held-out data, the default first (it wins ties). */
    private List<EnsembleWeights> weightCandidates() {
        List<EnsembleWeights> candidates = new ArrayList<>();
        candidates.add(defaultWeights());
        for (int semantic = 3; semantic <= 8; semantic++) {
            for (int linear = 0; linear <= 10 - semantic; linear++) {
                candidates.add(new EnsembleWeights(linear / 10.0, (10 - semantic - linear) / 10.0, semantic / 10.0));
            }
        }
        return candidates;
    }

    TrainerSettings settings() {
        return settings;
    }

    /** The embedding model the trained classifiers read messages with, or null for lexical-only ones. */
    public TextEmbedder embedder() {
        return embedder;
    }
}
