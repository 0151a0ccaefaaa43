package org.councilassistant.intents.training;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.intents.ensemble.EnsembleIntentClassifier;
import org.councilassistant.intents.ensemble.EnsembleWeights;
import org.councilassistant.intents.evaluation.HeldOutPrediction;
import org.councilassistant.intents.evaluation.StratifiedFolds;

/**
 * Models trained with some folds held out, and the examples they never saw: what the trainer chooses the members'
 * weights and the out-of-scope threshold on. The held-out examples' embeddings are the ones computed for training,
 * so nothing is embedded twice.
 */
final class HeldOutFolds {

    private record Fold(EnsembleIntentClassifier model, List<LabelledExample> examples, List<float[]> vectors) {
    }

    private final List<Fold> folds;

    private HeldOutFolds(List<Fold> folds) {
        this.folds = folds;
    }

    /** Trains one model per held-out fold, for the first {@code rounds} of {@code k} stratified folds. */
    static HeldOutFolds predict(IntentTrainer trainer, List<LabelledExample> examples, List<float[]> vectors, int k,
            int rounds) {
        List<List<Integer>> partitions = StratifiedFolds.of(examples, k);
        List<Fold> folds = new ArrayList<>();
        for (int fold = 0; fold < Math.min(rounds, k); fold++) {
            List<Integer> training = new ArrayList<>();
            for (int other = 0; other < k; other++) {
                if (other != fold) {
                    training.addAll(partitions.get(other));
                }
            }
            EnsembleIntentClassifier model = trainer.trainMembers(pick(examples, training), pick(vectors, training),
                    EnsembleWeights.lexical(trainer.settings().linearWeight()), 0.0);
            folds.add(new Fold(model, pick(examples, partitions.get(fold)), pick(vectors, partitions.get(fold))));
        }
        return new HeldOutFolds(folds);
    }

    private static <T> List<T> pick(List<T> items, List<Integer> positions) {
        return items == null ? null : positions.stream().map(items::get).toList();
    }

    /** The candidate whose averaged probabilities put the true label first most often (the earliest on ties). */
    EnsembleWeights mostAccurate(List<EnsembleWeights> candidates) {
        EnsembleWeights best = candidates.get(0);
        long bestCorrect = -1;
        for (EnsembleWeights candidate : candidates) {
            long correct = predictions(candidate).stream().filter(p -> p.topLabel().equals(p.truth())).count();
            if (correct > bestCorrect) {
                best = candidate;
                bestCorrect = correct;
            }
        }
        return best;
    }

    /** Every held-out example as the models with these weights classify it, before any threshold. */
    List<HeldOutPrediction> predictions(EnsembleWeights weights) {
        List<HeldOutPrediction> predictions = new ArrayList<>();
        for (Fold fold : folds) {
            EnsembleIntentClassifier model = fold.model().withWeights(weights);
            for (int i = 0; i < fold.examples().size(); i++) {
                LabelledExample example = fold.examples().get(i);
                float[] vector = fold.vectors() == null ? null : fold.vectors().get(i);
                predictions.add(new HeldOutPrediction(example.text(), example.label(),
                        model.classify(example.text(), vector)));
            }
        }
        return predictions;
    }
}
