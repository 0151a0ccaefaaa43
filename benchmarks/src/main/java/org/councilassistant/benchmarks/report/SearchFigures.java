package org.councilassistant.benchmarks.report;

import java.util.List;

/**
 * Knowledge-base search by k-fold on the seed articles' held-out questions: by words alone and by words and meaning
 * (hybrid), and the answer gate at each threshold tried.
 *
 * @param model the embedding model of the hybrid search
 * @param gates the words-alone gate first, then the hybrid gates by threshold
 */
public record SearchFigures(String model, int questions, int folds, double seconds, double lexicalHitAt1,
        double lexicalMrr, double hybridHitAt1, double hybridMrr, List<Gate> gates) {

    /** One answer gate: the shares of held-out questions answered rightly and wrongly, and of unrelated answered. */
    public record Gate(String name, double answeredRight, double answeredWrong, double unrelatedAnswered) {
    }
}
