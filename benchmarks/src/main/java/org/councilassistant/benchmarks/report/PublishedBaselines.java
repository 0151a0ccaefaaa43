package org.councilassistant.benchmarks.report;

import java.util.List;

/**
 * CLINC150 "Full" results published in Larson et al., "An Evaluation Dataset for Intent Classification and
 * Out-of-Scope Prediction" (EMNLP 2019), Table 2: in-scope accuracy and out-of-scope recall, in percent, with
 * the classifier trained on the {@code oos} class ("oos-train") and with a confidence threshold
 * ("oos-threshold"). They are test-split figures; ours are on the validation split.
 */
public final class PublishedBaselines {

    /** One row of Table 2. */
    public record Row(String classifier, double oosTrainAccuracy, double oosTrainRecall,
            double thresholdAccuracy, double thresholdRecall) {
    }

    public static final List<Row> TABLE_2 = List.of(
            new Row("SVM (bag of words)", 91.0, 14.5, 88.2, 18.0),
            new Row("FastText", 89.0, 9.7, 88.6, 28.3),
            new Row("DialogFlow", 91.7, 14.0, 90.8, 26.7),
            new Row("Rasa", 91.5, 45.3, 90.9, 31.2),
            new Row("MLP (USE embeddings)", 93.5, 47.4, 93.4, 49.1),
            new Row("BERT", 96.9, 40.3, 96.2, 52.3));

    private PublishedBaselines() {
    }
}
