package org.councilassistant.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.councilassistant.benchmarks.language.LanguageDetectionResult;
import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.language.Language;

/**
 * The one-line JSON objects the commands print last, with the key names scripts rely on.
 * Numbers are rounded to six significant digits; a figure that does not exist (NaN) is {@code null}.
 */
final class ResultJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultJson() {
    }

    static Map<String, Object> accuracy(EvaluationReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("examples", report.examples());
        fields.put("inScopeAccuracy", report.inScopeAccuracy());
        fields.put("oosRecall", report.oosRecall());
        fields.put("oosPrecision", report.oosPrecision());
        fields.put("macroF1", report.macroF1());
        fields.put("oosAuroc", report.oosAuroc());
        fields.put("mcc", report.mcc());
        return fields;
    }

    static Map<String, Object> intentEval(String dataset, IntentBenchmark.Result result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("dataset", dataset);
        fields.putAll(accuracy(result.report()));
        fields.put("trainExamples", result.examplesTrained());
        fields.put("trainSeconds", result.trainSeconds());
        fields.put("warmupPasses", result.warmupPasses());
        fields.put("classifyMicrosP50", result.latency().p50Micros());
        fields.put("classifyMicrosP99", result.latency().p99Micros());
        fields.put("classificationsPerSecond", result.latency().callsPerSecond());
        return fields;
    }

    /** The confusion column for messages the detector gave no answer for. */
    static final String NO_ANSWER = "none";

    static Map<String, Object> languageDetection(String data, LanguageDetectionResult result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("data", data);
        fields.put("messages", result.messages());
        fields.put("accuracy", result.accuracy());
        fields.put("coverage", result.coverage());
        fields.put("accuracyWhenAnswered", result.accuracyWhenAnswered());
        Map<String, Object> recall = new LinkedHashMap<>();
        Map<String, Object> confusion = new LinkedHashMap<>();
        for (Language truth : Language.values()) {
            recall.put(truth.code(), result.recall(truth));
            Map<String, Object> row = new LinkedHashMap<>();
            for (Language detected : Language.values()) {
                row.put(detected.code(), result.count(truth, detected));
            }
            row.put(NO_ANSWER, result.count(truth, null));
            confusion.put(truth.code(), row);
        }
        fields.put("recall", recall);
        fields.put("confusion", confusion);
        fields.put("misclassified", result.misclassified().size());
        fields.put("warmupPasses", result.warmupPasses());
        fields.put("microsPerMessageP50", result.latency().p50Micros());
        fields.put("microsPerMessageP99", result.latency().p99Micros());
        return fields;
    }

    static String line(Map<String, ?> fields) {
        return JSON.writeValueAsString(clean(fields));
    }

    private static Object clean(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> cleaned = new LinkedHashMap<>();
            map.forEach((k, v) -> cleaned.put(String.valueOf(k), clean(v)));
            return cleaned;
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : new BigDecimal(d).round(new MathContext(6)).doubleValue();
        }
        return value;
    }
}
