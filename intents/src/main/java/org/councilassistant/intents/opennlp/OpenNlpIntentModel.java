package org.councilassistant.intents.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The OpenNLP member of the intent ensemble: a document categorizer (maximum entropy, trained with L-BFGS
 * and L2 regularisation) over words and word pairs. OpenNLP trains and stores it; {@link MaxentScorer} applies it.
 */
public final class OpenNlpIntentModel {

    static {
        // OpenNLP only re-creates feature generators from packages it has been told to trust.
        ExtensionLoader.registerAllowedPackage(IntentFeatureGenerator.class.getPackageName());
    }

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final MaxentScorer scorer;

    private OpenNlpIntentModel(DoccatModel model) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
        this.scorer = MaxentScorer.compile(model.getMaxentModel());
    }

    /** Trains on tokenised documents, one label each. */
    public static OpenNlpIntentModel train(List<String> labels, List<String[]> tokens, double l2Cost, int iterations) {
        List<DocumentSample> samples = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (tokens.get(i).length > 0) {
                samples.add(new DocumentSample(labels.get(i), tokens.get(i)));
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new IntentFeatureGenerator()});
        try {
            return new OpenNlpIntentModel(
                    DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpenNlpIntentModel read(InputStream in) throws IOException {
        return new OpenNlpIntentModel(new DoccatModel(in));
    }

    public String[] labels() {
        String[] labels = new String[categorizer.getNumberOfCategories()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = categorizer.getCategory(i);
        }
        return labels;
    }

    /** Probabilities per label, in {@link #labels()} order. */
    public double[] probabilities(String[] tokens) {
        return scorer.probabilities(tokens);
    }

    /** OpenNLP's own categorizer on the same model: slower, and the reference {@link #probabilities} must match. */
    double[] categorizerProbabilities(String[] tokens) {
        return categorizer.categorize(tokens);
    }

    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }
}
