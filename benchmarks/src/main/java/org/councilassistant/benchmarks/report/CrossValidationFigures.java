package org.councilassistant.benchmarks.report;

import org.councilassistant.intents.evaluation.EvaluationReport;

/** k-fold cross-validation of our engine on the council's own training phrases. */
public record CrossValidationFigures(int examples, int folds, double seconds, EvaluationReport report) {
}
