package org.councilassistant.benchmarks.language;

import org.councilassistant.intents.language.Language;

/**
 * One short message and the language its writer wrote it in.
 *
 * @param line where it is in its file, 1-based, for error messages and listings
 */
public record LabelledMessage(Language language, String text, int line) {
}
