package org.councilassistant.benchmarks.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.councilassistant.benchmarks.LatencySummary;
import org.councilassistant.benchmarks.language.LanguageDetectionResult.Detection;
import org.councilassistant.intents.language.Language;

class LanguageDetectionResultTests {

    private static final Language CY = Language.WELSH;
    private static final Language EN = Language.ENGLISH;

    /** Welsh: 2 right, 1 English, 1 no answer. English: 3 right, 1 no answer. */
    private final LanguageDetectionResult result = new LanguageDetectionResult(List.of(
            detection(CY, "bore da", 1, CY),
            detection(CY, "diolch", 2, CY),
            detection(CY, "bin day plis", 3, EN),
            detection(CY, "12", 4, null),
            detection(EN, "hello", 5, EN),
            detection(EN, "my bin", 6, EN),
            detection(EN, "thanks", 7, EN),
            detection(EN, "SA1 1AA", 8, null)), new LatencySummary(8, 20.0, 40.0, 50_000), 3);

    @Test
    void countsAMessageGivenNoAnswerAsWrongForAccuracy() {
        assertThat(result.messages()).isEqualTo(8);
        assertThat(result.accuracy()).isEqualTo(5 / 8.0);
    }

    @Test
    void leavesMessagesGivenNoAnswerOutOfAccuracyWhenAnswered() {
        assertThat(result.coverage()).isEqualTo(6 / 8.0);
        assertThat(result.accuracyWhenAnswered()).isEqualTo(5 / 6.0);
    }

    @Test
    void dividesEachLanguagesRightAnswersByItsMessages() {
        assertThat(result.messages(CY)).isEqualTo(4);
        assertThat(result.recall(CY)).isEqualTo(0.5);
        assertThat(result.recall(EN)).isEqualTo(0.75);
    }

    @Test
    void countsEveryPairOfWrittenAndDetectedLanguageWithNoAnswerAsItsOwnColumn() {
        assertThat(result.count(CY, CY)).isEqualTo(2);
        assertThat(result.count(CY, EN)).isEqualTo(1);
        assertThat(result.count(CY, null)).isEqualTo(1);
        assertThat(result.count(EN, CY)).isZero();
        assertThat(result.count(EN, EN)).isEqualTo(3);
        assertThat(result.count(EN, null)).isEqualTo(1);
    }

    @Test
    void listsWrongAnswersAndNoAnswersInFileOrder() {
        assertThat(result.misclassified()).extracting(d -> d.message().line()).containsExactly(3, 4, 8);
    }

    @Test
    void hasNoSharesWithNothingToDivideBy() {
        LanguageDetectionResult unanswered = new LanguageDetectionResult(List.of(detection(EN, "ok", 1, null)),
                new LatencySummary(1, 1.0, 1.0, 1.0), 1);

        assertThat(unanswered.accuracyWhenAnswered()).isNaN();
        assertThat(unanswered.recall(CY)).isNaN();
        assertThat(unanswered.accuracy()).isZero();
    }

    private static Detection detection(Language truth, String text, int line, Language detected) {
        return new Detection(new LabelledMessage(truth, text, line), detected);
    }
}
