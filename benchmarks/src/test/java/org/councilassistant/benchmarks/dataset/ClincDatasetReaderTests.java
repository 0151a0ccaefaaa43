package org.councilassistant.benchmarks.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.councilassistant.intents.training.LabelledExample;

class ClincDatasetReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsTheNamedSplitsInTheOrderAsked() throws Exception {
        Path file = write("""
                {"train": [["what is my balance", "balance"], ["move money", "transfer"]],
                 "oos_train": [["tell me a joke", "oos"]],
                 "val": [["balance please", "balance"]]}
                """);

        List<LabelledExample> examples = ClincDatasetReader.read(file, List.of("oos_train", "train"));

        assertThat(examples).containsExactly(
                new LabelledExample("tell me a joke", "oos"),
                new LabelledExample("what is my balance", "balance"),
                new LabelledExample("move money", "transfer"));
    }

    @Test
    void namesTheSplitsThereAreWhenOneIsMissing() throws Exception {
        Path file = write("{\"train\": [], \"val\": []}");

        assertThatThrownBy(() -> ClincDatasetReader.read(file, List.of("test")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("no split 'test'")
                .hasMessageContaining("train, val");
    }

    @Test
    void rejectsAnEntryThatIsNotATextLabelPair() throws Exception {
        Path file = write("{\"train\": [[\"only text\"]]}");

        assertThatThrownBy(() -> ClincDatasetReader.read(file, List.of("train")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("train[0] is not a [text, label] pair");
    }

    @Test
    void rejectsAFileThatIsNotJson() throws Exception {
        Path file = write("text,label\nhello,greeting\n");

        assertThatThrownBy(() -> ClincDatasetReader.read(file, List.of("train")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void saysWhichFileIsMissing() {
        assertThatThrownBy(() -> ClincDatasetReader.read(dir.resolve("absent.json"), List.of("train")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("no such file")
                .hasMessageContaining("absent.json");
    }

    @Test
    void splitsACommaSeparatedListOfSplitNames() {
        assertThat(ClincDatasetReader.splitNames("train, oos_train,,")).containsExactly("train", "oos_train");
        assertThatThrownBy(() -> ClincDatasetReader.splitNames(" , ")).isInstanceOf(DatasetException.class);
    }

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("data.json"), json);
    }
}
