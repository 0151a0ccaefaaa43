package org.councilassistant.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A results file written by one of the performance commands ({@code benchmarks/target/results/*.json}): a JSON
 * object of name → number or string. Nested objects are flattened to dotted names, arrays to indexed ones, so that
 * any shape renders as one table.
 */
public final class ResultsFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultsFile() {
    }

    /** The flattened figures, in file order; empty when the file does not exist. */
    public static Optional<Map<String, Object>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> figures = new LinkedHashMap<>();
            flatten("", JSON.readTree(file), figures);
            return Optional.of(figures);
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> figures) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), figures));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), figures);
            }
        } else if (node.isNumber()) {
            figures.put(prefix, node.doubleValue());
        } else if (node.isNull()) {
            figures.put(prefix, "null");
        } else {
            figures.put(prefix, node.asString());
        }
    }
}
