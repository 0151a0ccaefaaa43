package org.councilassistant.benchmarks.report;

import org.councilassistant.benchmarks.language.LanguageDetectionResult;

/**
 * The Welsh/English detector on one labelled set of messages.
 *
 * @param data the file, as given from the project root
 */
public record LanguageDetectionFigures(String data, LanguageDetectionResult result) {
}
