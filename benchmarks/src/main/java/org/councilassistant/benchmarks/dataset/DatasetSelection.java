package org.councilassistant.benchmarks.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.councilassistant.intents.training.LabelledExample;

/**
 * Turns {@code --data}, {@code --train} and {@code --eval} into examples.
 *
 * <ul>
 *   <li>CLINC150 JSON: {@code --data FILE.json --train SPLITS --eval SPLITS}, splits comma-separated.</li>
 *   <li>CSV with a header row: {@code --train FILE.csv --eval FILE.csv}. {@code --data} may then name the
 *       directory both are in, or the training file itself in place of {@code --train}.</li>
 * </ul>
 */
public final class DatasetSelection {

    private DatasetSelection() {
    }

    /**
     * @param data the {@code --data} value, or null
     * @param train the {@code --train} value, or null
     * @param eval the {@code --eval} value, or null
     */
    public static EvaluationData load(String data, String train, String eval) {
        Path dataPath = data == null ? null : Path.of(data);
        if (dataPath != null && !isCsv(dataPath) && !Files.isDirectory(dataPath)) {
            return clinc(dataPath, required(train, "--train SPLITS"), required(eval, "--eval SPLITS"));
        }
        if (dataPath != null && isCsv(dataPath)) {
            if (train != null) {
                throw new DatasetException("--data " + data + " is a CSV file, and so is --train " + train
                        + ": give the training file once (--train FILE --eval FILE)");
            }
            return csv(dataPath, Path.of(required(eval, "--eval FILE")));
        }
        Path base = dataPath == null ? Path.of("") : dataPath;
        return csv(base.resolve(required(train, "--train FILE")), base.resolve(required(eval, "--eval FILE")));
    }

    static EvaluationData clinc(Path file, String train, String eval) {
        List<String> trainSplits = ClincDatasetReader.splitNames(train);
        List<String> evalSplits = ClincDatasetReader.splitNames(eval);
        List<LabelledExample> training = ClincDatasetReader.read(file, trainSplits);
        List<LabelledExample> evaluation = ClincDatasetReader.read(file, evalSplits);
        String description = file.getFileName() + " " + String.join(",", trainSplits) + " → "
                + String.join(",", evalSplits);
        return new EvaluationData(description, training, evaluation, file, trainSplits, evalSplits);
    }

    static EvaluationData csv(Path trainFile, Path evalFile) {
        if (!Files.isRegularFile(trainFile)) {
            throw new DatasetException("no such file: " + trainFile
                    + " (--train names CLINC splits only together with --data FILE.json)");
        }
        List<LabelledExample> training = CsvDatasetReader.read(trainFile);
        List<LabelledExample> evaluation = CsvDatasetReader.read(evalFile);
        String description = trainFile.getFileName() + " → " + evalFile.getFileName();
        return new EvaluationData(description, training, evaluation, null, null, null);
    }

    private static boolean isCsv(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static String required(String value, String option) {
        if (value == null) {
            throw new DatasetException("missing " + option);
        }
        return value;
    }
}
