package org.councilassistant.intents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.training.LabelledExample;
import org.junit.jupiter.api.Test;

class IntentEvaluatorTests {

    /** Answers by a fixed table so that every figure can be worked out by hand. */
    private final IntentClassifier table = text -> switch (text) {
        case "a1", "a2" -> result("a");
        case "a3" -> result("b");
        case "b1" -> result("b");
        case "o1" -> result(CouncilIntents.OUT_OF_SCOPE);
        case "o2" -> result("a");
        default -> result(CouncilIntents.OUT_OF_SCOPE);
    };

    @Test
    void scoresInScopeAccuracyAndOutOfScopeDecisions() {
        List<LabelledExample> examples = List.of(
                new LabelledExample("a1", "a"), new LabelledExample("a2", "a"), new LabelledExample("a3", "a"),
                new LabelledExample("b1", "b"), new LabelledExample("b2", "b"),
                new LabelledExample("o1", "oos"), new LabelledExample("o2", "oos"));

        EvaluationReport report = IntentEvaluator.evaluate(table, examples, "oos");

        assertThat(report.examples()).isEqualTo(7);
        assertThat(report.inScopeAccuracy()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(report.oosRecall()).isCloseTo(0.5, within(1e-9));
        assertThat(report.oosPrecision()).isCloseTo(0.5, within(1e-9)); // o1 right, b2 wrongly out of scope
        assertThat(report.perIntentAccuracy()).containsEntry("a", 2.0 / 3).containsEntry("b", 0.5);
        // a: precision 2/3 (o2 predicted a), recall 2/3; b: precision 1/2, recall 1/2
        assertThat(report.macroF1()).isCloseTo((2.0 / 3 + 0.5) / 2, within(1e-9));
        assertThat(report.confusions()).extracting(EvaluationReport.Confusion::count).containsOnly(1);
        assertThat(report.confusions()).hasSize(3);
        // truth a 3, b 2, oos 2; predicted a 3 (a1 a2 o2), b 2 (a3 b1), oos 2 (b2 o1); 4 of 7 right:
        // (4·7 − (3·3 + 2·2 + 2·2)) / √((49 − 17)(49 − 17)) = 11 / 32
        assertThat(report.mcc()).isCloseTo(11.0 / 32, within(1e-9));
        // out-of-scope score: 1 where only out_of_scope is ranked (b2, o1), else 1 − 0.5; o1 beats four
        // in-scope examples and ties b2 (4.5), o2 ties four and loses to b2 (2): 6.5 of 10 pairs
        assertThat(report.oosAuroc()).isCloseTo(0.65, within(1e-9));
    }

    @Test
    void keepsEachExamplesTextBesideItsPrediction() {
        List<HeldOutPrediction> predictions = IntentEvaluator.predict(table,
                List.of(new LabelledExample("a3", "a"), new LabelledExample("o1", "oos")), "oos");

        assertThat(predictions).extracting(HeldOutPrediction::text).containsExactly("a3", "o1");
        assertThat(predictions).extracting(HeldOutPrediction::truth).containsExactly("a", CouncilIntents.OUT_OF_SCOPE);
        assertThat(predictions).extracting(p -> p.classification().intent())
                .containsExactly("b", CouncilIntents.OUT_OF_SCOPE);
    }

    @Test
    void thresholdCalibrationCutsAsFarAsOnePointOfInScopeAccuracyAllows() {
        List<HeldOutPrediction> predictions = new java.util.ArrayList<>();
        for (int i = 0; i < 99; i++) {
            predictions.add(new HeldOutPrediction("x", "a", top("a", 0.9)));
        }
        predictions.add(new HeldOutPrediction("x", "a", top("a", 0.4)));   // losing this one costs exactly 1%
        predictions.add(new HeldOutPrediction("x", "b", top("b", 0.6)));   // losing this one too would cost 2%
        predictions.add(new HeldOutPrediction("x", CouncilIntents.OUT_OF_SCOPE, top("a", 0.3)));

        double threshold = ThresholdCalibrator.bestThreshold(predictions);

        assertThat(threshold).isGreaterThan(0.4).isLessThanOrEqualTo(0.6);
    }

    private static Classification result(String intent) {
        return new Classification(intent, 0.5, List.of(new Classification.ScoredIntent(intent, 0.5)),
                CouncilIntents.OUT_OF_SCOPE.equals(intent));
    }

    private static Classification top(String intent, double confidence) {
        return new Classification(intent, confidence, List.of(new Classification.ScoredIntent(intent, confidence)), false);
    }
}
