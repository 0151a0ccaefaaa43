package org.councilassistant.benchmarks.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.councilassistant.benchmarks.LatencySummary;
import org.councilassistant.intents.language.Language;

/**
 * Runs a Welsh/English detector over labelled messages: one scoring pass, which also warms the JIT up, further
 * untimed passes until about {@value #WARMUP_CALLS} calls have been made, then one pass timing each call on its own
 * in a single thread.
 */
public final class LanguageDetectionEvaluation {

    static final int WARMUP_CALLS = 20_000;

    private LanguageDetectionEvaluation() {
    }

    /** Passes over {@code messages} messages that make at least {@link #WARMUP_CALLS} calls. */
    public static int defaultWarmupPasses(int messages) {
        return Math.max(1, (WARMUP_CALLS + messages - 1) / Math.max(1, messages));
    }

    /**
     * @param detector empty when it cannot tell
     * @param warmupPasses passes before the timed one (at least 1: the scoring pass)
     */
    public static LanguageDetectionResult run(List<LabelledMessage> messages,
            Function<String, Optional<Language>> detector, int warmupPasses) {
        List<LanguageDetectionResult.Detection> detections = new ArrayList<>(messages.size());
        for (LabelledMessage message : messages) {
            detections.add(new LanguageDetectionResult.Detection(message, detector.apply(message.text()).orElse(null)));
        }
        int sink = 0;
        for (int pass = 1; pass < warmupPasses; pass++) {
            for (LabelledMessage message : messages) {
                sink += detector.apply(message.text()).isPresent() ? 1 : 0;
            }
        }
        long[] nanos = new long[messages.size()];
        long passStarted = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            String text = messages.get(i).text();
            long started = System.nanoTime();
            sink += detector.apply(text).isPresent() ? 1 : 0;
            nanos[i] = System.nanoTime() - started;
        }
        long passNanos = System.nanoTime() - passStarted;
        if (sink == Integer.MIN_VALUE) {
            System.out.print(""); // keeps the results alive so the JIT cannot drop the calls
        }
        return new LanguageDetectionResult(detections, LatencySummary.of(nanos, passNanos), Math.max(1, warmupPasses));
    }
}
