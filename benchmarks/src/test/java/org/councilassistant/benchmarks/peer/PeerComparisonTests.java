package org.councilassistant.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.training.LabelledExample;

class PeerComparisonTests {

    private static final List<LabelledExample> EVALUATION = List.of(
            new LabelledExample("balance please", "balance"),
            new LabelledExample("send money", "transfer"),
            new LabelledExample("tell me a joke", "oos"),
            new LabelledExample("sing a song", "oos"));

    @Test
    void countsNoneAndTheOosLabelAsOutOfScope() {
        EvaluationReport report = PeerComparison.score(EVALUATION, List.of("balance", "balance", "None", "oos"), "oos");

        assertThat(report.inScopeAccuracy()).isEqualTo(0.5);
        assertThat(report.oosRecall()).isEqualTo(1.0);
        assertThat(report.oosPrecision()).isEqualTo(1.0);
    }

    @Test
    void refusesPredictionsThatDoNotLineUpWithTheExamples() {
        assertThatThrownBy(() -> PeerComparison.score(EVALUATION, List.of("balance"), "oos"))
                .hasMessageContaining("1 predictions for 4 examples");
    }

    @Test
    void dividesOursByTheirs() {
        EvaluationReport ours = PeerComparison.score(EVALUATION, List.of("balance", "transfer", "None", "oos"), "oos");
        EvaluationReport theirs = PeerComparison.score(EVALUATION, List.of("balance", "balance", "None", "x"), "oos");

        PeerComparison comparison = new PeerComparison(ours, theirs, 2.0, 20.0, 100_000, 5_000);

        assertThat(comparison.accuracyRatio()).isEqualTo(2.0);
        assertThat(comparison.oosRecallRatio()).isEqualTo(2.0);
        assertThat(comparison.perSecondRatio()).isEqualTo(20.0);
        assertThat(comparison.trainTimeRatio()).isEqualTo(0.1);
    }
}
