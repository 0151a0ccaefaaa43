package org.councilassistant.intents.opennlp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.util.ext.ExtensionLoader;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.Classification.ScoredIntent;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.IntentClassifier;

/**
 * Intent classifier backed by an OpenNLP maximum-entropy document categorizer.
 *
 * <p>A message is out of scope when the model's best label is {@link CouncilIntents#OUT_OF_SCOPE} or its
 * probability is below the threshold calibrated when the model was trained.
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

    static {
        // OpenNLP only re-creates feature generators from packages it has been told to trust.
        ExtensionLoader.registerAllowedPackage(IntentFeatureGenerator.class.getPackageName());
    }

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final double threshold;

    public OpenNlpIntentClassifier(DoccatModel model, double threshold) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
        this.threshold = threshold;
    }

    @Override
    public Classification classify(String text) {
        String[] tokens = TextNormaliser.tokens(text == null ? "" : text);
        if (tokens.length == 0) {
            return new Classification(CouncilIntents.OUT_OF_SCOPE, 0.0, List.of(), true);
        }
        double[] probabilities = categorizer.categorize(tokens);
        List<ScoredIntent> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new ScoredIntent(categorizer.getCategory(i), probabilities[i]));
        }
        ranked.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        ScoredIntent best = ranked.get(0);
        boolean outOfScope = CouncilIntents.OUT_OF_SCOPE.equals(best.intent()) || best.confidence() < threshold;
        String intent = outOfScope ? CouncilIntents.OUT_OF_SCOPE : best.intent();
        return new Classification(intent, best.confidence(), ranked, outOfScope);
    }

    public double threshold() {
        return threshold;
    }

    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            labels.add(categorizer.getCategory(i));
        }
        return labels;
    }

    public void writeModel(OutputStream out) throws IOException {
        model.serialize(out);
    }
}
