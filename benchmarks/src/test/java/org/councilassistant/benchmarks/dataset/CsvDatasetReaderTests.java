package org.councilassistant.benchmarks.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.councilassistant.intents.training.LabelledExample;

class CsvDatasetReaderTests {

    @TempDir
    Path dir;

    @Test
    void skipsTheHeaderRowAndReadsTextThenLabel() throws Exception {
        Path file = write("text,intent\nwhen is my bin day,bin_collection_day\nhello,greeting\n");

        assertThat(CsvDatasetReader.read(file)).containsExactly(
                new LabelledExample("when is my bin day", "bin_collection_day"),
                new LabelledExample("hello", "greeting"));
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedFields() throws Exception {
        Path file = write("text,label\n"
                + "\"my bin, the green one, was missed\",missed_bin\n"
                + "\"she said \"\"hello\"\"\",greeting\n"
                + "\"two\nlines\",other\n");

        assertThat(CsvDatasetReader.read(file)).containsExactly(
                new LabelledExample("my bin, the green one, was missed", "missed_bin"),
                new LabelledExample("she said \"hello\"", "greeting"),
                new LabelledExample("two\nlines", "other"));
    }

    @Test
    void acceptsWindowsLineEndingsAByteOrderMarkBlankLinesAndExtraColumns() throws Exception {
        Path file = write("\uFEFFtext,label,source\r\n\r\npay council tax,council_tax_pay,web\r\nhi, greeting \r\n");

        assertThat(CsvDatasetReader.read(file)).containsExactly(
                new LabelledExample("pay council tax", "council_tax_pay"),
                new LabelledExample("hi", "greeting"));
    }

    @Test
    void saysWhichLineLacksALabel() throws Exception {
        Path file = write("text,label\nhello,greeting\n\"a, b\"\n");

        assertThatThrownBy(() -> CsvDatasetReader.read(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(":3:")
                .hasMessageContaining("expected text,label");
    }

    @Test
    void rejectsAQuoteThatIsNeverClosed() throws Exception {
        Path file = write("text,label\n\"unfinished,label\n");

        assertThatThrownBy(() -> CsvDatasetReader.read(file))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("never closed");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        assertThatThrownBy(() -> CsvDatasetReader.read(write("")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("empty");
    }

    private Path write(String csv) throws Exception {
        return Files.writeString(dir.resolve("examples.csv"), csv);
    }
}
