package org.councilassistant.intents.training;

import java.util.List;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.ensemble.EnsembleIntentClassifier;
import org.councilassistant.intents.evaluation.ThresholdCalibrator;
import org.councilassistant.intents.linear.LinearIntentModel;
import org.councilassistant.intents.opennlp.OpenNlpIntentModel;
import org.councilassistant.intents.opennlp.TextNormaliser;

/**
 * Trains the intent classifier from any labelled examples: the council's own phrases or a benchmark set.
 *
 * <p>Both members of the ensemble are trained on the same tokens. When calibration is on, the out-of-scope
 * threshold is chosen from held-out predictions (k-fold on small sets, one held-out fold on large ones)
 * before the final models are trained on everything.
 */
public final class IntentTrainer {

    /** Above this many examples, one held-out fold is enough to calibrate and all k would take too long. */
    private static final int FULL_CROSS_VALIDATION_LIMIT = 5_000;

    private final TrainerSettings settings;

    public IntentTrainer(TrainerSettings settings) {
        this.settings = settings;
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
        double threshold = settings.fixedThreshold();
        if (settings.calibrationFolds() > 1) {
            int rounds = relabelled.size() > FULL_CROSS_VALIDATION_LIMIT ? 1 : settings.calibrationFolds();
            threshold = new ThresholdCalibrator(new IntentTrainer(settings.withoutCalibration()))
                    .calibrate(relabelled, settings.calibrationFolds(), rounds);
        }
        List<String[]> tokens = relabelled.stream().map(e -> TextNormaliser.tokens(e.text())).toList();
        LinearIntentModel linear = LinearIntentModel.train(relabelled, tokens);
        OpenNlpIntentModel openNlp = OpenNlpIntentModel.train(
                relabelled.stream().map(LabelledExample::label).toList(), tokens,
                settings.l2Cost(), settings.maxIterations());
        return new EnsembleIntentClassifier(linear, openNlp, settings.linearWeight(), threshold);
    }
}
