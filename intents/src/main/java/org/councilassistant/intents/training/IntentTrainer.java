package org.councilassistant.intents.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.evaluation.ThresholdCalibrator;
import org.councilassistant.intents.opennlp.IntentFeatureGenerator;
import org.councilassistant.intents.opennlp.OpenNlpIntentClassifier;
import org.councilassistant.intents.opennlp.TextNormaliser;

/**
 * Trains an intent classifier from any labelled examples: the council's own phrases or a benchmark set.
 *
 * <p>Uses OpenNLP's L-BFGS maximum-entropy trainer with L2 regularisation. When calibration is on, the
 * out-of-scope threshold is chosen from k-fold held-out predictions before the final model is trained on
 * everything.
 */
public final class IntentTrainer {

    private final TrainerSettings settings;

    public IntentTrainer(TrainerSettings settings) {
        this.settings = settings;
    }

    /**
     * Trains on {@code examples}; those labelled {@code oosLabel} (may be null) become
     * {@link CouncilIntents#OUT_OF_SCOPE}.
     */
    public OpenNlpIntentClassifier train(List<LabelledExample> examples, String oosLabel) {
        List<LabelledExample> relabelled = examples.stream()
                .map(example -> example.label().equals(oosLabel)
                        ? new LabelledExample(example.text(), CouncilIntents.OUT_OF_SCOPE)
                        : example)
                .toList();
        double threshold = settings.calibrationFolds() > 1
                ? new ThresholdCalibrator(new IntentTrainer(settings.withoutCalibration()))
                        .calibrate(relabelled, settings.calibrationFolds())
                : settings.fixedThreshold();
        return new OpenNlpIntentClassifier(trainModel(relabelled), threshold);
    }

    private DoccatModel trainModel(List<LabelledExample> examples) {
        List<DocumentSample> samples = examples.stream()
                .map(example -> new DocumentSample(example.label(), TextNormaliser.tokens(example.text())))
                .filter(sample -> sample.getText().length > 0)
                .toList();
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.maxIterations());
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, settings.l2Cost());
        parameters.put(QNTrainer.MAX_FCT_EVAL_PARAM, settings.maxIterations());
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new IntentFeatureGenerator()});
        try {
            return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
