package org.councilassistant.intents.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.evaluation.EvaluationReport.Confusion;
import org.councilassistant.intents.training.LabelledExample;

/** Scores a classifier against labelled examples, treating out-of-scope as a decision of its own. */
public final class IntentEvaluator {

    private static final int MAX_CONFUSIONS = 20;

    private IntentEvaluator() {
    }

    /** Classifies every example; examples labelled {@code oosLabel} (may be null) are out of scope. */
    public static EvaluationReport evaluate(IntentClassifier classifier, List<LabelledExample> examples, String oosLabel) {
        return score(predict(classifier, examples, oosLabel));
    }

    /**
     * Each example's classification, in the examples' order; those labelled {@code oosLabel} (may be null) get
     * the truth {@link CouncilIntents#OUT_OF_SCOPE}.
     */
    public static List<HeldOutPrediction> predict(IntentClassifier classifier, List<LabelledExample> examples,
            String oosLabel) {
        List<HeldOutPrediction> predictions = new ArrayList<>(examples.size());
        for (LabelledExample example : examples) {
            String truth = example.label().equals(oosLabel) ? CouncilIntents.OUT_OF_SCOPE : example.label();
            predictions.add(new HeldOutPrediction(example.text(), truth, classifier.classify(example.text())));
        }
        return predictions;
    }

    public static EvaluationReport score(List<HeldOutPrediction> predictions) {
        Map<String, int[]> perIntent = new TreeMap<>(); // truth -> {correct, total}
        Map<String, Integer> predictedCounts = new HashMap<>();
        Map<String, Integer> truePositives = new HashMap<>();
        Map<List<String>, Integer> mistakes = new HashMap<>();
        int oosTotal = 0;
        int oosCaught = 0;
        int oosDecisions = 0;
        for (HeldOutPrediction prediction : predictions) {
            String truth = prediction.truth();
            String predicted = prediction.classification().intent();
            boolean correct = truth.equals(predicted);
            if (CouncilIntents.OUT_OF_SCOPE.equals(predicted)) {
                oosDecisions++;
            }
            if (CouncilIntents.OUT_OF_SCOPE.equals(truth)) {
                oosTotal++;
                oosCaught += correct ? 1 : 0;
            } else {
                int[] counts = perIntent.computeIfAbsent(truth, k -> new int[2]);
                counts[0] += correct ? 1 : 0;
                counts[1]++;
            }
            predictedCounts.merge(predicted, 1, Integer::sum);
            if (correct) {
                truePositives.merge(truth, 1, Integer::sum);
            } else {
                mistakes.merge(List.of(truth, predicted), 1, Integer::sum);
            }
        }
        int inScopeTotal = perIntent.values().stream().mapToInt(c -> c[1]).sum();
        int inScopeCorrect = perIntent.values().stream().mapToInt(c -> c[0]).sum();
        Map<String, Double> perIntentAccuracy = new TreeMap<>();
        double f1Sum = 0;
        for (Map.Entry<String, int[]> entry : perIntent.entrySet()) {
            int[] counts = entry.getValue();
            perIntentAccuracy.put(entry.getKey(), ratio(counts[0], counts[1]));
            int tp = truePositives.getOrDefault(entry.getKey(), 0);
            double precision = ratio(tp, predictedCounts.getOrDefault(entry.getKey(), 0));
            double recall = ratio(tp, counts[1]);
            f1Sum += precision + recall == 0 || Double.isNaN(precision) ? 0 : 2 * precision * recall / (precision + recall);
        }
        List<Confusion> confusions = mistakes.entrySet().stream()
                .map(e -> new Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(Confusion::count).reversed()
                        .thenComparing(Confusion::truth).thenComparing(Confusion::predicted))
                .limit(MAX_CONFUSIONS)
                .toList();
        int oosCorrectDecisions = oosCaught;
        return new EvaluationReport(
                predictions.size(),
                ratio(inScopeCorrect, inScopeTotal),
                oosTotal == 0 ? Double.NaN : ratio(oosCaught, oosTotal),
                oosDecisions == 0 ? Double.NaN : ratio(oosCorrectDecisions, oosDecisions),
                perIntent.isEmpty() ? Double.NaN : f1Sum / perIntent.size(),
                OutOfScopeAuroc.of(predictions),
                MatthewsCorrelation.of(predictions),
                perIntentAccuracy,
                confusions);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
