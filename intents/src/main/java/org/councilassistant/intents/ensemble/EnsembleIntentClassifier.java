package org.councilassistant.intents.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.Classification.ScoredIntent;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.embedding.EmbeddingIntentModel;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.linear.LinearIntentModel;
import org.councilassistant.intents.opennlp.OpenNlpIntentModel;
import org.councilassistant.intents.opennlp.TextNormaliser;

/**
 * The intent classifier the assistant runs: a weighted average of models that make different mistakes — the
 * engine's own linear model over word and character n-grams, an OpenNLP maximum-entropy document categorizer over
 * words and word pairs and, where the language has a sentence-embedding model, a softmax head over the message's
 * embedding, which understands paraphrases that share no words with the training phrases.
 *
 * <p>A message is out of scope when the best label is {@link CouncilIntents#OUT_OF_SCOPE} or its in-scope score
 * is below the threshold calibrated on held-out data when the models were trained. With an embedding member that
 * score is the message's similarity in meaning to the nearest intent's centroid, which separates questions the
 * council never trained from those it did far better than the probability does, and needs no out-of-scope
 * examples; without one it is the averaged probability.
 */
public final class EnsembleIntentClassifier implements IntentClassifier {

    /** How many ranked labels a classification carries. */
    public static final int ALTERNATIVES = 10;

    private final LinearIntentModel linear;
    private final OpenNlpIntentModel openNlp;
    private final EmbeddingIntentModel semantic;
    private final TextEmbedder embedder;
    private final EnsembleWeights weights;
    private final double threshold;
    private final String[] labels;
    /** For each of the linear model's labels, the OpenNLP model's index of the same label. */
    private final int[] openNlpIndex;
    /** For each of the linear model's labels, the embedding head's index of the same label (none: no head). */
    private final int[] semanticIndex;

    /** A lexical-only ensemble. */
    public EnsembleIntentClassifier(LinearIntentModel linear, OpenNlpIntentModel openNlp, double linearWeight,
            double threshold) {
        this(linear, openNlp, null, null, EnsembleWeights.lexical(linearWeight), threshold);
    }

    /**
     * @param semantic the embedding head, or null for a lexical-only ensemble
     * @param embedder the model {@code semantic} was trained on (required with it)
     */
    public EnsembleIntentClassifier(LinearIntentModel linear, OpenNlpIntentModel openNlp,
            EmbeddingIntentModel semantic, TextEmbedder embedder, EnsembleWeights weights, double threshold) {
        if (semantic != null && embedder == null) {
            throw new IllegalArgumentException("An embedding member needs the embedder it was trained with");
        }
        this.linear = linear;
        this.openNlp = openNlp;
        this.semantic = semantic;
        this.embedder = semantic == null ? null : embedder;
        this.weights = semantic == null && weights.semantic() > 0 ? EnsembleWeights.lexical(weights.linear()
                / (weights.linear() + weights.openNlp())) : weights;
        this.threshold = threshold;
        this.labels = linear.labels();
        this.openNlpIndex = indexes(labels, openNlp.labels());
        this.semanticIndex = semantic == null ? new int[0] : indexes(labels, semantic.labels());
    }

    private static int[] indexes(String[] labels, String[] others) {
        List<String> otherLabels = List.of(others);
        int[] index = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            index[i] = otherLabels.indexOf(labels[i]);
        }
        return index;
    }

    @Override
    public Classification classify(String text) {
        String safe = text == null ? "" : text;
        return classify(safe, embedder == null || safe.isBlank() ? null : embedder.embed(safe));
    }

    @Override
    public Classification classify(String text, float[] embedding) {
        String[] tokens = TextNormaliser.tokens(text == null ? "" : text);
        if (tokens.length == 0) {
            return new Classification(CouncilIntents.OUT_OF_SCOPE, 0.0, List.of(), true, 0.0);
        }
        float[] vector = semantic == null ? null : embedding != null ? embedding : embedder.embed(text);
        double[] combined = combine(linear.probabilities(tokens), openNlp.probabilities(tokens),
                vector == null ? null : semantic.probabilities(vector));
        List<ScoredIntent> ranked = top(combined);
        ScoredIntent best = ranked.get(0);
        boolean oosLabel = CouncilIntents.OUT_OF_SCOPE.equals(best.intent());
        double inScopeScore = oosLabel ? 0.0 : vector == null ? best.confidence() : nearestIntent(vector);
        boolean outOfScope = oosLabel || inScopeScore < threshold;
        return new Classification(outOfScope ? CouncilIntents.OUT_OF_SCOPE : best.intent(), best.confidence(), ranked,
                outOfScope, inScopeScore);
    }

    /** The members' probabilities, averaged with the ensemble's weights, in {@link #labels} order. */
    double[] combine(double[] linearProbabilities, double[] openNlpProbabilities, double[] semanticProbabilities) {
        double[] combined = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            double other = openNlpIndex[i] >= 0 ? openNlpProbabilities[openNlpIndex[i]] : 0.0;
            double score = weights.linear() * linearProbabilities[i] + weights.openNlp() * other;
            if (semanticProbabilities != null && semanticIndex[i] >= 0) {
                score += weights.semantic() * semanticProbabilities[semanticIndex[i]];
            }
            combined[i] = score;
        }
        return combined;
    }

    /** The cosine similarity of the message to the nearest in-scope intent's centroid. */
    private double nearestIntent(float[] vector) {
        double[] similarities = semantic.centroidSimilarities(vector);
        String[] semanticLabels = semantic.labels();
        double nearest = -1;
        for (int c = 0; c < similarities.length; c++) {
            if (!CouncilIntents.OUT_OF_SCOPE.equals(semanticLabels[c])) {
                nearest = Math.max(nearest, similarities[c]);
            }
        }
        return nearest;
    }

    /** The best {@link #ALTERNATIVES} labels, best first, without sorting them all (this runs on every message). */
    private List<ScoredIntent> top(double[] scores) {
        int count = Math.min(ALTERNATIVES, scores.length);
        int[] best = new int[count];
        int filled = 0;
        for (int i = 0; i < scores.length; i++) {
            int position = filled;
            while (position > 0 && scores[best[position - 1]] < scores[i]) {
                position--;
            }
            if (position < count) {
                int last = Math.min(filled, count - 1);
                System.arraycopy(best, position, best, position + 1, last - position);
                best[position] = i;
                filled = Math.min(filled + 1, count);
            }
        }
        List<ScoredIntent> ranked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranked.add(new ScoredIntent(labels[best[i]], scores[best[i]]));
        }
        return ranked;
    }

    public double threshold() {
        return threshold;
    }

    public EnsembleWeights weights() {
        return weights;
    }

    public LinearIntentModel linearModel() {
        return linear;
    }

    public OpenNlpIntentModel openNlpModel() {
        return openNlp;
    }

    /** The embedding head, or null for a lexical-only ensemble. */
    public EmbeddingIntentModel semanticModel() {
        return semantic;
    }

    @Override
    public Optional<TextEmbedder> embedder() {
        return Optional.ofNullable(embedder);
    }

    /** The same models with other weights. */
    public EnsembleIntentClassifier withWeights(EnsembleWeights newWeights) {
        return new EnsembleIntentClassifier(linear, openNlp, semantic, embedder, newWeights, threshold);
    }

    /** The same models with another threshold. */
    public EnsembleIntentClassifier withThreshold(double newThreshold) {
        return new EnsembleIntentClassifier(linear, openNlp, semantic, embedder, weights, newThreshold);
    }
}
