package org.councilassistant.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.councilassistant.benchmarks.language.LabelledMessage;
import org.councilassistant.benchmarks.language.LanguageDetectionEvaluation;
import org.councilassistant.benchmarks.language.LanguageDetectionResult;
import org.councilassistant.benchmarks.language.ShortMessageReader;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.language.WelshEnglishDetector;

/**
 * {@code language-detect}: the server's Welsh/English detector on messages labelled with their language
 * ({@code language<TAB>text}). The figures, the confusion counts and up to {@value #MISCLASSIFIED_SHOWN} of the
 * messages it got wrong first; the last line is one JSON object.
 */
final class LanguageDetectCommand implements Command {

    static final int MISCLASSIFIED_SHOWN = 10;
    static final String DETECTOR = "WelshEnglishDetector.bundled()";

    private final PrintStream out;

    LanguageDetectCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String synopsis() {
        return "[--data " + ModuleLayout.LANGUAGE_DETECTION_FILE + "] [--warmup-passes N]";
    }

    @Override
    public int run(List<String> args) {
        CommandOptions options = CommandOptions.parse(args, Set.of("--data", "--warmup-passes"), Set.of());
        ModuleLayout layout = ModuleLayout.locate();
        Path file = options.value("--data").map(Path::of).orElse(layout.languageDetectionFile());
        int warmupPasses = options.intValue("--warmup-passes", 0, 1);
        String shown = layout.display(file);
        out.println("language-detect: " + DETECTOR + " on " + shown);
        LanguageDetectionResult result = evaluate(file, warmupPasses);
        print(result);
        out.println(ResultJson.line(ResultJson.languageDetection(shown, result)));
        return 0;
    }

    /** Reads {@code file} and runs the bundled detector over it; {@code warmupPasses} 0 means the default. */
    static LanguageDetectionResult evaluate(Path file, int warmupPasses) {
        List<LabelledMessage> messages = ShortMessageReader.read(file);
        WelshEnglishDetector detector = WelshEnglishDetector.bundled();
        return LanguageDetectionEvaluation.run(messages, detector::detect,
                warmupPasses == 0 ? LanguageDetectionEvaluation.defaultWarmupPasses(messages.size()) : warmupPasses);
    }

    private void print(LanguageDetectionResult r) {
        out.printf(Locale.ROOT, "%d messages (%s)%n", r.messages(), String.join(", ", List.of(Language.values())
                .stream().map(l -> r.messages(l) + " " + l.code()).toList()));
        out.printf(Locale.ROOT,
                "accuracy %.3f (no answer counts as wrong), coverage %.3f, accuracy when answered %.3f%n",
                r.accuracy(), r.coverage(), r.accuracyWhenAnswered());
        out.println("recall: " + String.join(", ", List.of(Language.values()).stream()
                .map(l -> String.format(Locale.ROOT, "%s %.3f", l.code(), r.recall(l))).toList()));
        out.println("confusion (truth -> detected):");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-6s", ""));
        for (Language detected : Language.values()) {
            header.append(String.format(Locale.ROOT, "%6s", detected.code()));
        }
        out.println(header.append(String.format(Locale.ROOT, "%6s", ResultJson.NO_ANSWER)));
        for (Language truth : Language.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-6s", truth.code()));
            for (Language detected : Language.values()) {
                row.append(String.format(Locale.ROOT, "%6d", r.count(truth, detected)));
            }
            out.println(row.append(String.format(Locale.ROOT, "%6d", r.count(truth, null))));
        }
        out.printf(Locale.ROOT, "timed %d messages after %d warm-up pass(es): p50 %.1f µs, p99 %.1f µs%n",
                r.latency().calls(), r.warmupPasses(), r.latency().p50Micros(), r.latency().p99Micros());
        List<LanguageDetectionResult.Detection> wrong = r.misclassified();
        out.printf(Locale.ROOT, "misclassified (%s of %d, in file order):%n",
                wrong.size() > MISCLASSIFIED_SHOWN ? "first " + MISCLASSIFIED_SHOWN : "all", wrong.size());
        wrong.stream().limit(MISCLASSIFIED_SHOWN).forEach(d -> out.printf(Locale.ROOT, "  line %d: %s -> %s  %s%n",
                d.message().line(), d.message().language().code(),
                d.detected() == null ? ResultJson.NO_ANSWER : d.detected().code(), d.message().text()));
    }
}
