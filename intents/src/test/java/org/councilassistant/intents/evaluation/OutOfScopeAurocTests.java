package org.councilassistant.intents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.Classification.ScoredIntent;
import org.councilassistant.intents.CouncilIntents;
import org.junit.jupiter.api.Test;

class OutOfScopeAurocTests {

    private static final String OOS = CouncilIntents.OUT_OF_SCOPE;

    @Test
    void countsOutOfScopeExamplesScoringAboveInScopeOnesWithTiesAsHalf() {
        // out-of-scope scores 0.6 and 0.8 against in-scope 0.1, 0.4 and 0.6:
        // 0.6 beats two and ties one (2.5), 0.8 beats all three (3): 5.5 of 6 pairs
        List<HeldOutPrediction> predictions = List.of(
                inScope(0.9), inScope(0.6), inScope(0.4),
                prediction(OOS, "a", 0.4), prediction(OOS, "a", 0.2));

        assertThat(OutOfScopeAuroc.of(predictions)).isCloseTo(5.5 / 6, within(1e-9));
    }

    @Test
    void isOneWhenEveryOutOfScopeExampleScoresHigherAndZeroWhenEveryOneScoresLower() {
        assertThat(OutOfScopeAuroc.of(List.of(inScope(0.9), prediction(OOS, "a", 0.3)))).isEqualTo(1.0);
        assertThat(OutOfScopeAuroc.of(List.of(inScope(0.3), prediction(OOS, "a", 0.9)))).isEqualTo(0.0);
    }

    @Test
    void readsATrainedOutOfScopeClassAtTheTopAsAHighScore() {
        Classification trainedClassWon = new Classification(OOS, 0.9,
                List.of(new ScoredIntent(OOS, 0.9), new ScoredIntent("a", 0.06)), true);
        HeldOutPrediction prediction = new HeldOutPrediction("tell me a joke", OOS, trainedClassWon);

        assertThat(prediction.outOfScopeScore()).isCloseTo(0.94, within(1e-9));
        assertThat(OutOfScopeAuroc.of(List.of(inScope(0.5), prediction))).isEqualTo(1.0);
    }

    @Test
    void isNotANumberWithoutOutOfScopeExamples() {
        assertThat(OutOfScopeAuroc.of(List.of(inScope(0.9), inScope(0.2)))).isNaN();
    }

    private static HeldOutPrediction inScope(double confidence) {
        return prediction("a", "a", confidence);
    }

    private static HeldOutPrediction prediction(String truth, String top, double confidence) {
        return new HeldOutPrediction("text", truth,
                new Classification(top, confidence, List.of(new ScoredIntent(top, confidence)), false));
    }
}
