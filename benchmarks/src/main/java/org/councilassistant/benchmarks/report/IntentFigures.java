package org.councilassistant.benchmarks.report;

import org.councilassistant.intents.evaluation.EvaluationReport;

/**
 * Our engine trained on one part of a dataset and evaluated on another, with its timings.
 *
 * @param trainSeconds wall time of training, threshold calibration included
 * @param classificationsPerSecond single thread, over the timed pass
 */
public record IntentFigures(String dataset, EvaluationReport report, int trainExamples, double trainSeconds,
        double classifyMicrosP50, double classifyMicrosP99, double classificationsPerSecond) {
}
