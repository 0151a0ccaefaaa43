package org.councilassistant.benchmarks.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.councilassistant.intents.language.Language;

class LanguageDetectionEvaluationTests {

    private static final List<LabelledMessage> MESSAGES = List.of(
            new LabelledMessage(Language.WELSH, "diolch", 1),
            new LabelledMessage(Language.ENGLISH, "thanks", 2),
            new LabelledMessage(Language.ENGLISH, "12", 3));

    @Test
    void keepsTheDetectorsAnswerForEachMessageInOrder() {
        LanguageDetectionResult result =
                LanguageDetectionEvaluation.run(MESSAGES, LanguageDetectionEvaluationTests::guess, 1);

        assertThat(result.detections()).extracting(LanguageDetectionResult.Detection::detected)
                .containsExactly(Language.WELSH, Language.ENGLISH, null);
        assertThat(result.accuracy()).isEqualTo(2 / 3.0);
    }

    @Test
    void timesOnePassAfterTheWarmUpPasses() {
        AtomicInteger calls = new AtomicInteger();

        LanguageDetectionResult result = LanguageDetectionEvaluation.run(MESSAGES, text -> {
            calls.incrementAndGet();
            return guess(text);
        }, 4);

        assertThat(calls).hasValue(MESSAGES.size() * 5);
        assertThat(result.warmupPasses()).isEqualTo(4);
        assertThat(result.latency().calls()).isEqualTo(MESSAGES.size());
    }

    @Test
    void warmsUpWithEnoughPassesForAboutTwentyThousandCalls() {
        assertThat(LanguageDetectionEvaluation.defaultWarmupPasses(300)).isEqualTo(67);
        assertThat(LanguageDetectionEvaluation.defaultWarmupPasses(50_000)).isEqualTo(1);
    }

    private static Optional<Language> guess(String text) {
        return switch (text) {
            case "diolch" -> Optional.of(Language.WELSH);
            case "thanks" -> Optional.of(Language.ENGLISH);
            default -> Optional.empty();
        };
    }
}
