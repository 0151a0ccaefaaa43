package org.councilassistant.benchmarks.report;

import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.language.Language;

/** k-fold cross-validation of our engine on the council's own training phrases in one language. */
public record CrossValidationFigures(Language language, int examples, int folds, double seconds,
        EvaluationReport report) {
}
