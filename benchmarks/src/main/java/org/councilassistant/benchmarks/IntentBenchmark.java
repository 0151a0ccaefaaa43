package org.councilassistant.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.evaluation.HeldOutPrediction;
import org.councilassistant.intents.evaluation.IntentEvaluator;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.intents.training.TrainerSettings;

/**
 * Trains the project's intent engine exactly as the server does, scores it, and times classification.
 *
 * <p>The scoring pass doubles as JIT warm-up; by default further passes follow until about
 * {@value #WARMUP_CLASSIFICATIONS} calls have been made, because one pass over a few thousand utterances leaves the
 * JIT half done (measured: p50 17 µs after one pass of 700, 12 µs after ten). Then one more pass times each call
 * on its own, in a single thread, so that the median and 99th percentile describe one resident's message and the
 * rate is what one core sustains.
 */
final class IntentBenchmark {

    static final int WARMUP_CLASSIFICATIONS = 20_000;

    private IntentBenchmark() {
    }

    /** Passes over {@code evaluationSize} utterances that make at least {@link #WARMUP_CLASSIFICATIONS} calls. */
    static int defaultWarmupPasses(int evaluationSize) {
        return Math.max(1, (WARMUP_CLASSIFICATIONS + evaluationSize - 1) / Math.max(1, evaluationSize));
    }

    /**
     * @param examplesTrained how many examples the engine was trained on
     * @param trainSeconds wall time of training, including the out-of-scope threshold calibration
     * @param warmupPasses passes over the evaluation set before the timed one, the scoring pass included
     * @param predictions the scoring pass's classification of each evaluation example, in order
     */
    record Result(EvaluationReport report, int examplesTrained, double trainSeconds, int warmupPasses,
            LatencySummary latency, List<HeldOutPrediction> predictions) {
    }

    /** Trains, scores and times, with the default warm-up. */
    static Result run(List<LabelledExample> training, List<LabelledExample> evaluation, String oosLabel,
            PrintStream progress) {
        return run(training, evaluation, oosLabel, defaultWarmupPasses(evaluation.size()), progress);
    }

    /** As {@link #run(List, List, String, PrintStream)} with {@code warmupPasses} passes (at least 1) before timing. */
    static Result run(List<LabelledExample> training, List<LabelledExample> evaluation, String oosLabel,
            int warmupPasses, PrintStream progress) {
        progress.printf(Locale.ROOT, "training on %,d examples, %d labels%n", training.size(),
                training.stream().map(LabelledExample::label).distinct().count());
        long started = System.nanoTime();
        IntentClassifier classifier = new IntentTrainer(TrainerSettings.defaults(), SentenceEmbeddings.model())
                .train(training, oosLabel);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        progress.printf(Locale.ROOT, "trained in %.1f s; evaluating on %,d examples%n", trainSeconds, evaluation.size());

        List<HeldOutPrediction> predictions = IntentEvaluator.predict(classifier, evaluation, oosLabel);
        EvaluationReport report = IntentEvaluator.score(predictions);
        for (int pass = 1; pass < warmupPasses; pass++) {
            for (LabelledExample example : evaluation) {
                classifier.classify(example.text());
            }
        }
        progress.printf(Locale.ROOT, "timing %,d classifications after %d warm-up pass(es)%n",
                evaluation.size(), warmupPasses);
        LatencySummary latency = time(classifier, evaluation);
        return new Result(report, training.size(), trainSeconds, warmupPasses, latency, predictions);
    }

    static LatencySummary time(IntentClassifier classifier, List<LabelledExample> evaluation) {
        long[] nanos = new long[evaluation.size()];
        int sink = 0;
        long passStarted = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            String text = evaluation.get(i).text();
            long started = System.nanoTime();
            sink += classifier.classify(text).intent().length();
            nanos[i] = System.nanoTime() - started;
        }
        long passNanos = System.nanoTime() - passStarted;
        if (sink == Integer.MIN_VALUE) {
            System.out.print(""); // keeps the results alive so the JIT cannot drop the calls
        }
        return LatencySummary.of(nanos, passNanos);
    }
}
