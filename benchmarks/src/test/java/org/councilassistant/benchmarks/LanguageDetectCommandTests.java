package org.councilassistant.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LanguageDetectCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void endsWithOneJsonLineOfFiguresWhoseConfusionCountsEveryMessage() throws Exception {
        assertThat(run("language-detect", "--data", sample().toString(), "--warmup-passes", "1"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(json.get("messages").intValue()).isEqualTo(8);
        for (String share : List.of("accuracy", "coverage", "accuracyWhenAnswered")) {
            assertThat(json.get(share).doubleValue()).as(share).isBetween(0.0, 1.0);
        }
        assertThat(json.get("recall").has("cy")).isTrue();
        assertThat(json.get("recall").has("en")).isTrue();
        int counted = 0;
        for (String truth : List.of("cy", "en")) {
            JsonNode row = json.get("confusion").get(truth);
            int perLanguage = row.get("cy").intValue() + row.get("en").intValue() + row.get("none").intValue();
            assertThat(perLanguage).as(truth).isEqualTo(4);
            counted += perLanguage;
        }
        assertThat(counted).isEqualTo(8);
        assertThat(json.get("microsPerMessageP50").doubleValue()).isPositive();
    }

    @Test
    void listsTheMessagesItCouldNotTellAsMisclassified() throws Exception {
        run("language-detect", "--data", sample().toString(), "--warmup-passes", "1");

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("misclassified (")
                .contains("line 10: cy -> none  12", "line 11: en -> none  12");
    }

    @Test
    void reportsAMissingFileAsABadArgument() {
        assertThat(run("language-detect", "--data", "no-such-file.tsv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file: no-such-file.tsv");
    }

    private int run(String... args) {
        return BenchmarkCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(LanguageDetectCommandTests.class.getResource("/language-detection/sample.tsv").toURI());
    }
}
