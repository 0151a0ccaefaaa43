package org.councilassistant.benchmarks.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetSelectionTests {

    @TempDir
    Path dir;

    @Test
    void readsClincSplitsWhenDataIsAJsonFile() throws Exception {
        Path file = Files.writeString(dir.resolve("clinc.json"),
                "{\"train\": [[\"a\", \"x\"]], \"oos_train\": [[\"b\", \"oos\"]], \"val\": [[\"c\", \"x\"]]}");

        EvaluationData data = DatasetSelection.load(file.toString(), "train,oos_train", "val");

        assertThat(data.training()).hasSize(2);
        assertThat(data.evaluation()).hasSize(1);
        assertThat(data.clincFile()).isEqualTo(file);
        assertThat(data.trainSplits()).containsExactly("train", "oos_train");
        assertThat(data.description()).isEqualTo("clinc.json train,oos_train → val");
    }

    @Test
    void readsCsvFilesNamedByTrainAndEval() throws Exception {
        Path train = csv("train.csv", 2);
        Path eval = csv("eval.csv", 1);

        EvaluationData data = DatasetSelection.load(null, train.toString(), eval.toString());

        assertThat(data.training()).hasSize(2);
        assertThat(data.evaluation()).hasSize(1);
        assertThat(data.clincFile()).isNull();
    }

    @Test
    void resolvesCsvFilesAgainstADataDirectory() throws Exception {
        csv("train.csv", 3);
        csv("eval.csv", 1);

        EvaluationData data = DatasetSelection.load(dir.toString(), "train.csv", "eval.csv");

        assertThat(data.training()).hasSize(3);
    }

    @Test
    void takesACsvDataFileAsTheTrainingFile() throws Exception {
        Path train = csv("train.csv", 2);
        Path eval = csv("eval.csv", 1);

        EvaluationData data = DatasetSelection.load(train.toString(), null, eval.toString());

        assertThat(data.training()).hasSize(2);
    }

    @Test
    void explainsThatSplitNamesNeedAJsonDataFile() {
        assertThatThrownBy(() -> DatasetSelection.load(null, "train,oos_train", "val"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("--data FILE.json");
    }

    private Path csv(String name, int rows) throws Exception {
        StringBuilder text = new StringBuilder("text,label\n");
        for (int i = 0; i < rows; i++) {
            text.append("example ").append(i).append(",label").append(i % 2).append('\n');
        }
        return Files.writeString(dir.resolve(name), text);
    }
}
