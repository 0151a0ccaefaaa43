package org.councilassistant.intents.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Accuracy figures for one evaluation run.
 *
 * @param examples how many examples were evaluated
 * @param inScopeAccuracy share of in-scope examples given their exact intent
 * @param oosRecall share of out-of-scope examples recognised as such (NaN when there were none)
 * @param oosPrecision share of out-of-scope decisions that were right (NaN when none were made)
 * @param macroF1 F1 averaged over the in-scope intents
 * @param oosAuroc area under the ROC curve of the out-of-scope score, out-of-scope examples the positives
 *     (NaN when there were no out-of-scope or no in-scope examples)
 * @param mcc multiclass Matthews correlation over every label, out-of-scope included (NaN when nothing was scored)
 * @param perIntentAccuracy accuracy for each in-scope intent
 * @param confusions the most frequent (truth, predicted) mistakes, most frequent first
 */
public record EvaluationReport(
        int examples,
        double inScopeAccuracy,
        double oosRecall,
        double oosPrecision,
        double macroF1,
        double oosAuroc,
        double mcc,
        Map<String, Double> perIntentAccuracy,
        List<Confusion> confusions) {

    /** One kind of mistake and how often it was made. */
    public record Confusion(String truth, String predicted, int count) {
    }
}
