package org.councilassistant.intents.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;

/**
 * k-fold cross-validation: every example is predicted by a model that never saw it.
 * Folds are stratified by label and shuffled with a fixed seed so that runs are repeatable.
 */
public final class CrossValidator {

    private final IntentTrainer trainer;

    public CrossValidator(IntentTrainer trainer) {
        this.trainer = trainer;
    }

    public List<HeldOutPrediction> predictHeldOut(List<LabelledExample> examples, int folds) {
        return predictHeldOut(examples, folds, folds);
    }

    /** As {@link #predictHeldOut(List, int)}, but holding out only the first {@code rounds} folds. */
    public List<HeldOutPrediction> predictHeldOut(List<LabelledExample> examples, int folds, int rounds) {
        List<List<LabelledExample>> partitions = stratifiedFolds(examples, folds);
        List<HeldOutPrediction> predictions = new ArrayList<>(examples.size());
        for (int fold = 0; fold < Math.min(rounds, folds); fold++) {
            List<LabelledExample> training = new ArrayList<>();
            for (int other = 0; other < folds; other++) {
                if (other != fold) {
                    training.addAll(partitions.get(other));
                }
            }
            IntentClassifier classifier = trainer.train(training, null);
            for (LabelledExample example : partitions.get(fold)) {
                predictions.add(new HeldOutPrediction(example.text(), example.label(),
                        classifier.classify(example.text())));
            }
        }
        return predictions;
    }

    static List<List<LabelledExample>> stratifiedFolds(List<LabelledExample> examples, int folds) {
        return StratifiedFolds.of(examples, folds).stream()
                .map(fold -> fold.stream().map(examples::get).toList())
                .toList();
    }
}
