package org.councilassistant.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IntentEvalCommandTests {

    private static final Map<String, List<String>> PHRASES = Map.of(
            "bin_day", List.of("when is my bin day", "which day are bins collected", "bin collection day please",
                    "when do you empty my bin", "what day is rubbish collection", "next bin day",
                    "when will the bins be collected", "bin day for my street"),
            "council_tax", List.of("pay my council tax", "how much is council tax", "council tax bill",
                    "council tax band", "set up a direct debit for council tax", "my council tax payment",
                    "council tax discount", "council tax reduction"),
            "parking", List.of("apply for a parking permit", "resident parking permit", "parking fine appeal",
                    "where can i park", "parking permit renewal", "pay a parking fine",
                    "visitor parking permit", "parking charge notice"),
            "oos", List.of("tell me a joke", "what is the capital of france", "play some music",
                    "how tall is everest", "who won the football", "recipe for pancakes",
                    "translate hello into german", "what is the weather on mars"));

    @TempDir
    Path dir;

    @Test
    void endsWithOneJsonLineOfFiguresForAClincFile() throws Exception {
        Path file = Files.writeString(dir.resolve("tiny.json"), clincJson());

        List<String> lines = run("intent-eval", "--data", file.toString(), "--train", "train", "--eval", "val",
                "--oos-label", "oos");

        assertThat(lines).hasSizeGreaterThan(1);
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(json.isObject()).isTrue();
        for (String share : List.of("inScopeAccuracy", "oosRecall", "oosPrecision", "macroF1", "oosAuroc")) {
            assertThat(json.has(share)).as(share).isTrue();
            if (!json.get(share).isNull()) {
                assertThat(json.get(share).doubleValue()).as(share).isBetween(0.0, 1.0);
            }
        }
        assertThat(json.get("inScopeAccuracy").isNumber()).isTrue();
        assertThat(json.get("oosRecall").isNumber()).isTrue();
        assertThat(json.get("oosAuroc").isNumber()).isTrue();
        assertThat(json.get("mcc").doubleValue()).isBetween(-1.0, 1.0);
        assertThat(json.get("examples").intValue()).isEqualTo(8);
        assertThat(json.get("trainExamples").intValue()).isEqualTo(24);
        for (String positive : List.of("trainSeconds", "classifyMicrosP50", "classifyMicrosP99",
                "classificationsPerSecond")) {
            assertThat(json.get(positive).doubleValue()).as(positive).isPositive();
        }
        assertThat(json.get("classifyMicrosP99").doubleValue())
                .isGreaterThanOrEqualTo(json.get("classifyMicrosP50").doubleValue());
    }

    @Test
    void readsCsvFilesNamedByTrainAndEval() throws Exception {
        Path train = Files.writeString(dir.resolve("train.csv"), csv(0, 6));
        Path eval = Files.writeString(dir.resolve("eval.csv"), csv(6, 8));

        List<String> lines = run("intent-eval", "--train", train.toString(), "--eval", eval.toString());

        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(json.get("examples").intValue()).isEqualTo(8);
        assertThat(json.get("dataset").asString()).isEqualTo("train.csv → eval.csv");
    }

    @Test
    void writesEachEvaluatedExampleToThePredictionsFileWithOutOfScopeUnderTheDatasetsLabel() throws Exception {
        Path file = Files.writeString(dir.resolve("tiny.json"), clincJson());
        Path predictions = dir.resolve("out/predictions.csv");

        run("intent-eval", "--data", file.toString(), "--train", "train", "--eval", "val", "--oos-label", "oos",
                "--predictions", predictions.toString());

        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(predictions))) {
            assertThat(csv.getHeaderNames()).containsExactly("text", "truth", "prediction", "confidence", "oos_score");
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(8);
            assertThat(rows).extracting(row -> row.get("text")).contains("what is the weather on mars", "visitor parking permit");
            assertThat(rows).extracting(row -> row.get("truth")).containsOnly("bin_day", "council_tax", "parking", "oos")
                    .contains("oos");
            assertThat(rows).extracting(row -> row.get("prediction")).doesNotContain("out_of_scope");
            for (CSVRecord row : rows) {
                assertThat(Double.parseDouble(row.get("confidence"))).isBetween(0.0, 1.0);
                assertThat(Double.parseDouble(row.get("oos_score"))).isBetween(0.0, 1.0);
            }
        }
    }

    private List<String> run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchmarkCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String clincJson() {
        return "{\"train\": " + pairs(0, 6) + ", \"val\": " + pairs(6, 8) + "}";
    }

    private static String pairs(int from, int to) {
        StringBuilder json = new StringBuilder("[");
        PHRASES.forEach((label, phrases) -> phrases.subList(from, to).forEach(text ->
                json.append(json.length() > 1 ? ", " : "").append("[\"").append(text).append("\", \"")
                        .append(label).append("\"]")));
        return json.append(']').toString();
    }

    private static String csv(int from, int to) {
        StringBuilder csv = new StringBuilder("text,label\n");
        PHRASES.forEach((label, phrases) -> phrases.subList(from, to).forEach(text ->
                csv.append('"').append(text).append("\",").append(label).append('\n')));
        return csv.toString();
    }
}
