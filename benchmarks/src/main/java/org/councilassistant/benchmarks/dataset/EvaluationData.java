package org.councilassistant.benchmarks.dataset;

import java.nio.file.Path;
import java.util.List;

import org.councilassistant.intents.training.LabelledExample;

/**
 * What to train on and what to evaluate on, with a short description of where each came from.
 *
 * @param description e.g. {@code clinc150_dev.json train,oos_train → val,oos_val}
 * @param clincFile the CLINC-format file both parts came from, or null for CSV files
 * @param trainSplits the CLINC splits trained on (empty for CSV files)
 * @param evalSplits the CLINC splits evaluated on (empty for CSV files)
 */
public record EvaluationData(
        String description,
        List<LabelledExample> training,
        List<LabelledExample> evaluation,
        Path clincFile,
        List<String> trainSplits,
        List<String> evalSplits) {

    public EvaluationData {
        training = List.copyOf(training);
        evaluation = List.copyOf(evaluation);
        trainSplits = trainSplits == null ? List.of() : List.copyOf(trainSplits);
        evalSplits = evalSplits == null ? List.of() : List.copyOf(evalSplits);
    }
}
