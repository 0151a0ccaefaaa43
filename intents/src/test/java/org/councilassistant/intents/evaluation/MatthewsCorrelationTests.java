package org.councilassistant.intents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.Classification.ScoredIntent;
import org.councilassistant.intents.CouncilIntents;
import org.junit.jupiter.api.Test;

class MatthewsCorrelationTests {

    @Test
    void matchesTheBinaryFormulaForTwoLabels() {
        // tp 2 (a→a), fn 1 (a→b), fp 1 (b→a), tn 1 (b→b): (2·1 − 1·1) / √(3·3·2·2) = 1/6
        List<HeldOutPrediction> predictions = List.of(
                predicted("a", "a"), predicted("a", "a"), predicted("a", "b"), predicted("b", "a"), predicted("b", "b"));

        assertThat(MatthewsCorrelation.of(predictions)).isCloseTo(1.0 / 6, within(1e-9));
    }

    @Test
    void countsOutOfScopeAsAClassOfItsOwn() {
        String oos = CouncilIntents.OUT_OF_SCOPE;
        // truth a 2, oos 2; predicted a 1, b 1, oos 2; 3 of 4 right:
        // (3·4 − (2·1 + 2·2)) / √((16 − (1 + 1 + 4))(16 − (4 + 4))) = 6 / √80
        List<HeldOutPrediction> predictions = List.of(
                predicted("a", "a"), predicted("a", "b"), predicted(oos, oos), predicted(oos, oos));

        assertThat(MatthewsCorrelation.of(predictions)).isCloseTo(6 / Math.sqrt(80), within(1e-9));
    }

    @Test
    void isOneForPerfectPredictionsAndZeroForOneLabelAnsweredToEverything() {
        assertThat(MatthewsCorrelation.of(List.of(predicted("a", "a"), predicted("b", "b"), predicted("c", "c"))))
                .isCloseTo(1.0, within(1e-9));
        assertThat(MatthewsCorrelation.of(List.of(predicted("a", "a"), predicted("b", "a"), predicted("c", "a"))))
                .isZero();
    }

    @Test
    void isNotANumberWithNothingToScore() {
        assertThat(MatthewsCorrelation.of(List.of())).isNaN();
    }

    private static HeldOutPrediction predicted(String truth, String predicted) {
        return new HeldOutPrediction("text", truth,
                new Classification(predicted, 0.8, List.of(new ScoredIntent(predicted, 0.8)), false));
    }
}
