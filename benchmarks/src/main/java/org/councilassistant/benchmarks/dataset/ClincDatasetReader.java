package org.councilassistant.benchmarks.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.councilassistant.intents.training.LabelledExample;

/**
 * Reads the CLINC150 JSON format, {@code {"split": [["text", "label"], ...], ...}}, keeping the order of the
 * splits asked for and of the examples within each.
 */
public final class ClincDatasetReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClincDatasetReader() {
    }

    /** The examples of {@code splits}, in that order. */
    public static List<LabelledExample> read(Path file, List<String> splits) {
        JsonNode root = parse(file);
        List<LabelledExample> examples = new ArrayList<>();
        for (String split : splits) {
            JsonNode entries = root.get(split);
            if (entries == null || !entries.isArray()) {
                throw new DatasetException(file + " has no split '" + split + "' (it has: "
                        + String.join(", ", root.propertyNames()) + ")");
            }
            for (int i = 0; i < entries.size(); i++) {
                examples.add(example(file, split, i, entries.get(i)));
            }
        }
        return examples;
    }

    /** Splits a comma-separated list of split names, ignoring blanks. */
    public static List<String> splitNames(String commaSeparated) {
        List<String> names = new ArrayList<>();
        for (String name : commaSeparated.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.isEmpty()) {
            throw new DatasetException("no split names in '" + commaSeparated + "'");
        }
        return names;
    }

    private static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("no such file: " + file);
        }
        try {
            JsonNode root = JSON.readTree(file);
            if (root == null || !root.isObject()) {
                throw new DatasetException(file + " is not a CLINC150-format JSON object of splits");
            }
            return root;
        } catch (JacksonException e) {
            throw new DatasetException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static LabelledExample example(Path file, String split, int index, JsonNode entry) {
        if (!entry.isArray() || entry.size() < 2 || !entry.get(0).isString() || !entry.get(1).isString()) {
            throw new DatasetException(file + ": " + split + "[" + index + "] is not a [text, label] pair");
        }
        return new LabelledExample(entry.get(0).asString(), entry.get(1).asString());
    }
}
