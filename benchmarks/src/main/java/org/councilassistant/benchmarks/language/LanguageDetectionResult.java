package org.councilassistant.benchmarks.language;

import java.util.List;

import org.councilassistant.benchmarks.LatencySummary;
import org.councilassistant.intents.language.Language;

/**
 * What a language detector said about each message of a labelled set, with the figures derived from it. No answer
 * ("cannot tell") is a wrong answer for {@link #accuracy()}, and is left out of {@link #accuracyWhenAnswered()}.
 *
 * @param detections one per message, in file order
 * @param latency one timed pass over the messages, after warm-up
 * @param warmupPasses passes over the messages before the timed one, the scoring pass included
 */
public record LanguageDetectionResult(List<Detection> detections, LatencySummary latency, int warmupPasses) {

    /**
     * One message and the detector's answer.
     *
     * @param detected the language detected, or null when the detector could not tell
     */
    public record Detection(LabelledMessage message, Language detected) {

        public boolean correct() {
            return message.language() == detected;
        }

        public boolean answered() {
            return detected != null;
        }
    }

    public LanguageDetectionResult {
        detections = List.copyOf(detections);
    }

    public int messages() {
        return detections.size();
    }

    /** Messages written in {@code language}. */
    public int messages(Language language) {
        return (int) detections.stream().filter(d -> d.message().language() == language).count();
    }

    /** Correct answers over all messages. */
    public double accuracy() {
        return share(correct(), messages());
    }

    /** Share of messages given an answer at all. */
    public double coverage() {
        return share(answered(), messages());
    }

    /** Correct answers over the messages given one. */
    public double accuracyWhenAnswered() {
        return share(correct(), answered());
    }

    /** Messages in {@code language} detected as such, over all messages in it. */
    public double recall(Language language) {
        return share(count(language, language), messages(language));
    }

    /**
     * How many messages written in {@code truth} were detected as {@code detected}.
     *
     * @param detected null counts the messages given no answer
     */
    public int count(Language truth, Language detected) {
        return (int) detections.stream()
                .filter(d -> d.message().language() == truth && d.detected() == detected)
                .count();
    }

    /** The wrong answers and the messages given none, in file order. */
    public List<Detection> misclassified() {
        return detections.stream().filter(d -> !d.correct()).toList();
    }

    private int correct() {
        return (int) detections.stream().filter(Detection::correct).count();
    }

    private int answered() {
        return (int) detections.stream().filter(Detection::answered).count();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
