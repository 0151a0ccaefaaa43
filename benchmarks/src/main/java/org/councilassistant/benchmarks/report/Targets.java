package org.councilassistant.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The targets of the benchmark issue. Sections 1 and 2 check their own figures; the performance results files are
 * free-form, so their targets name the figures they need by a pattern over the (flattened, lower-cased) key, e.g.
 * {@code searchFreeText100kP99Micros}, and read each key's unit from its ending (…Nanos, …Micros, …Ms, …Seconds).
 */
public final class Targets {

    public static final Target CLINC_ACCURACY =
            Target.atLeast("CLINC150 val (train+oos_train) in-scope accuracy", 0.965, "%");
    public static final Target CLINC_OOS_RECALL =
            Target.atLeast("CLINC150 val (train+oos_train) out-of-scope recall", 0.75, "%");
    /** Trained on {@code train} alone, as the council is: with no out-of-scope examples to learn from. */
    public static final Target CLINC_WITHOUT_OOS_ACCURACY =
            Target.atLeast("CLINC150 trained without OOS: in-scope accuracy", 0.95, "%");
    public static final Target CLINC_WITHOUT_OOS_RECALL =
            Target.atLeast("CLINC150 trained without OOS: out-of-scope recall", 0.60, "%");
    public static final Target CLASSIFY_P50 = Target.atMost("classify p50 (CLINC150 val, 1 thread)", 2, "ms");
    /** Checked against the training seconds of the run with out-of-scope examples, shown in minutes. */
    public static final Target CLINC_TRAINING = Target.atMost(
            "CLINC150 training (15k phrases, calibration included)", 3, "min");
    public static final Target PEER_ACCURACY = Target.atLeast("in-scope accuracy, ours ÷ nlp.js", 1.0, "×");
    public static final Target PEER_OOS_RECALL = Target.atLeast("out-of-scope recall, ours ÷ nlp.js", 1.0, "×");
    /** No lower than before sentence embeddings: the k-fold figures of the report that preceded them. */
    public static final Target COUNCIL_ACCURACY =
            Target.atLeast("council phrases by k-fold: English in-scope accuracy", 0.844, "%");
    public static final Target COUNCIL_WELSH_ACCURACY =
            Target.atLeast("council phrases by k-fold: Welsh in-scope accuracy", 0.824, "%");

    /** A target answered by the figures of a results file whose keys match; the worst of them counts. */
    public record ResultTarget(Target target, Pattern key) {

        /** The worst matching figure (highest for a ceiling, lowest for a floor) in the target's unit. */
        public Optional<Double> find(Map<String, Object> figures) {
            Optional<Double> worst = Optional.empty();
            for (Map.Entry<String, Object> figure : figures.entrySet()) {
                if (figure.getValue() instanceof Double value
                        && key.matcher(figure.getKey().toLowerCase(Locale.ROOT)).matches()) {
                    double converted = convert(value, unitOf(figure.getKey()), target.unit());
                    if (worst.isEmpty() || target.atLeast() == converted < worst.get()) {
                        worst = Optional.of(converted);
                    }
                }
            }
            return worst;
        }
    }

    /** Section 4, {@code jmh.json}. */
    public static final List<ResultTarget> JMH = List.of(
            new ResultTarget(Target.atMost("JMH classify one utterance, p50", 2, "ms"),
                    Pattern.compile(".*classif.*(p50|median|p0\\.50).*")),
            new ResultTarget(Target.atMost("JMH one full engine turn, p50", 5, "ms"),
                    Pattern.compile(".*(turn|engine).*(p50|median|p0\\.50).*")),
            new ResultTarget(Target.atMost("JMH knowledge-base search at 100k articles, p99 (worst query kind)", 2, "ms"),
                    Pattern.compile("(?!.*hybrid)(?:.*search.*(100k|100000|100_000).*(p99|p0\\.99).*"
                            + "|.*search.*(p99|p0\\.99).*(100k|100000|100_000).*)")),
            new ResultTarget(Target.atMost("JMH hybrid search (words and meaning) at 100k articles, p99", 5, "ms"),
                    Pattern.compile(".*search.*hybrid.*(100k|100000|100_000).*(p99|p0\\.99).*")));

    /** Section 5, {@code load.json}. The targets are web chat's: the Alexa figures never answer them. */
    public static final List<ResultTarget> LOAD = List.of(
            new ResultTarget(Target.atLeast("chat turns per second at saturation", 600, "turns/s"),
                    notAlexa(".*saturat.*turns?per.?second.*")),
            new ResultTarget(Target.atMost("p99 latency at 200 turns/s", 20, "ms"),
                    notAlexa(".*200.*p99(ms|millis|micros|us|nanos|ns|seconds|s)?|.*p99.*200.*")),
            new ResultTarget(Target.atMost("start-up with a trained model", 6, "s"),
                    notAlexa(".*start.?up.*trained.*")),
            new ResultTarget(Target.atMost("start-up with a trained model, from the class-data archive", 6, "s"),
                    notAlexa(".*start.?up.*class.?data.*")));

    private Targets() {
    }

    /** A key pattern that no figure of the Alexa endpoint ({@code alexa.…}) matches. */
    private static Pattern notAlexa(String regex) {
        return Pattern.compile("(?!alexa\\.)(?:" + regex + ")");
    }

    /** The time unit a key's ending names ({@code classifyNanos}, {@code p99Ms}, {@code p50_us}, {@code p99ms}). */
    static String unitOf(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        for (String[] unit : UNIT_ENDINGS) {
            if (last.matches("(?i).*(" + unit[1] + ")")
                    || last.matches(".*[a-z0-9]" + unit[2])
                    || last.matches("(?i).*[0-9_\\-]" + unit[2])) {
                return unit[0];
            }
        }
        return "";
    }

    /** unit; long endings in any case; the short ending, capitalised after a word or after a digit, _ or -. */
    private static final String[][] UNIT_ENDINGS = {
        {"ns", "nanos|nanoseconds", "Ns"},
        {"µs", "micros|microseconds|µs", "Us"},
        {"ms", "millis|milliseconds", "Ms"},
        {"s", "seconds|secs", "S"},
    };

    static double convert(double value, String from, String to) {
        int fromExponent = exponent(from);
        int toExponent = exponent(to);
        if (fromExponent == Integer.MIN_VALUE || toExponent == Integer.MIN_VALUE) {
            return value;
        }
        int shift = fromExponent - toExponent;
        return shift >= 0 ? value * Math.pow(10, shift) : value / Math.pow(10, -shift);
    }

    /** The power of ten of a time unit in seconds, or MIN_VALUE for anything else. */
    private static int exponent(String unit) {
        return switch (unit) {
            case "ns" -> -9;
            case "µs" -> -6;
            case "ms" -> -3;
            case "s" -> 0;
            default -> Integer.MIN_VALUE;
        };
    }
}
