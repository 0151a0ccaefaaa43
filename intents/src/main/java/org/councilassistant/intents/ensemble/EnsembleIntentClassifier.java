package org.councilassistant.intents.ensemble;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.Classification.ScoredIntent;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.linear.LinearIntentModel;
import org.councilassistant.intents.opennlp.OpenNlpIntentModel;
import org.councilassistant.intents.opennlp.TextNormaliser;

/**
 * The intent classifier the assistant runs: a weighted average of two models that make different mistakes —
 * the engine's own linear model over word and character n-grams, and an OpenNLP maximum-entropy document
 * categorizer over words and word pairs.
 *
 * <p>A message is out of scope when the best label is {@link CouncilIntents#OUT_OF_SCOPE} or its averaged
 * probability is below the threshold calibrated on held-out data when the models were trained.
 */
public final class EnsembleIntentClassifier implements IntentClassifier {

    /** How many ranked labels a classification carries. */
    public static final int ALTERNATIVES = 10;

    private final LinearIntentModel linear;
    private final OpenNlpIntentModel openNlp;
    private final double linearWeight;
    private final double threshold;
    private final String[] labels;
    /** For each of the linear model's labels, the OpenNLP model's index of the same label. */
    private final int[] openNlpIndex;

    public EnsembleIntentClassifier(LinearIntentModel linear, OpenNlpIntentModel openNlp, double linearWeight,
            double threshold) {
        this.linear = linear;
        this.openNlp = openNlp;
        this.linearWeight = linearWeight;
        this.threshold = threshold;
        this.labels = linear.labels();
        List<String> openNlpLabels = List.of(openNlp.labels());
        this.openNlpIndex = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            openNlpIndex[i] = openNlpLabels.indexOf(labels[i]);
        }
    }

    @Override
    public Classification classify(String text) {
        String[] tokens = TextNormaliser.tokens(text == null ? "" : text);
        if (tokens.length == 0) {
            return new Classification(CouncilIntents.OUT_OF_SCOPE, 0.0, List.of(), true);
        }
        double[] p = linear.probabilities(tokens);
        double[] q = openNlp.probabilities(tokens);
        double[] combined = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            double other = openNlpIndex[i] >= 0 ? q[openNlpIndex[i]] : 0.0;
            combined[i] = linearWeight * p[i] + (1 - linearWeight) * other;
        }
        List<ScoredIntent> ranked = top(combined);
        ScoredIntent best = ranked.get(0);
        boolean outOfScope = CouncilIntents.OUT_OF_SCOPE.equals(best.intent()) || best.confidence() < threshold;
        return new Classification(outOfScope ? CouncilIntents.OUT_OF_SCOPE : best.intent(), best.confidence(), ranked,
                outOfScope);
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

    public double linearWeight() {
        return linearWeight;
    }

    public LinearIntentModel linearModel() {
        return linear;
    }

    public OpenNlpIntentModel openNlpModel() {
        return openNlp;
    }

    /** The same models with another threshold. */
    public EnsembleIntentClassifier withThreshold(double newThreshold) {
        return new EnsembleIntentClassifier(linear, openNlp, linearWeight, newThreshold);
    }
}
