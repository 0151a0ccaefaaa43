package org.councilassistant.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.evaluation.HeldOutPrediction;

/**
 * The {@code --predictions FILE} of the accuracy commands: one CSV row per evaluated example, so that anyone can
 * rescore a run with a metric of their own. Out of scope, as truth or as prediction, is written as the dataset's
 * own label for it, so the two columns compare with each other and with the dataset.
 */
final class PredictionsFile {

    static final String[] HEADER = {"text", "truth", "prediction", "confidence", "oos_score"};

    private PredictionsFile() {
    }

    /**
     * Writes {@code predictions} to {@code file} (RFC 4180, UTF-8, header row first), replacing it.
     *
     * @param oosLabel the dataset's label for out-of-scope examples
     */
    static void write(Path file, List<HeldOutPrediction> predictions, String oosLabel) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer)) {
                for (HeldOutPrediction prediction : predictions) {
                    csv.printRecord(prediction.text(), label(prediction.truth(), oosLabel),
                            label(prediction.classification().intent(), oosLabel),
                            prediction.topConfidence(), prediction.outOfScopeScore());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the predictions to " + file, e);
        }
    }

    private static String label(String label, String oosLabel) {
        return CouncilIntents.OUT_OF_SCOPE.equals(label) ? oosLabel : label;
    }
}
