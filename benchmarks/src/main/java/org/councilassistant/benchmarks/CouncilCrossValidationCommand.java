package org.councilassistant.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.language.Language;

/**
 * {@code council-cv}: k-fold cross-validated accuracy on the council's own training phrases in one language
 * (English unless {@code --language cy}). Progress and the worst intents first; the last line is one JSON object.
 */
final class CouncilCrossValidationCommand implements Command {

    static final int DEFAULT_FOLDS = 5;

    private final PrintStream out;

    CouncilCrossValidationCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String synopsis() {
        return "[--folds 5] [--language en|cy] [--predictions FILE.csv]";
    }

    @Override
    public int run(List<String> args) {
        CommandOptions options = CommandOptions.parse(args, Set.of("--folds", "--language", "--predictions"),
                Set.of());
        int folds = options.intValue("--folds", DEFAULT_FOLDS, 2);
        Language language = language(options.value("--language", Language.ENGLISH.code()));
        out.printf(Locale.ROOT, "council-cv: %d-fold cross-validation on the council's %s training phrases (%s)%n",
                folds, language.locale().getDisplayLanguage(Locale.UK), language.code());
        CouncilIntentCrossValidation.Result result = CouncilIntentCrossValidation.run(folds, language);
        out.printf(Locale.ROOT, "%d examples, %d folds, %.1f s%n", result.examples(), folds, result.seconds());
        out.printf(Locale.ROOT, "in-scope accuracy %.3f, out-of-scope recall %.3f, precision %.3f, macro F1 %.3f,"
                + " out-of-scope AUROC %.3f, MCC %.3f%n", result.report().inScopeAccuracy(), result.report().oosRecall(),
                result.report().oosPrecision(), result.report().macroF1(), result.report().oosAuroc(),
                result.report().mcc());
        options.value("--predictions").map(Path::of).ifPresent(file -> {
            PredictionsFile.write(file, result.predictions(), CouncilIntents.OUT_OF_SCOPE);
            out.println("predictions written to " + file);
        });
        out.println("worst intents:");
        result.report().perIntentAccuracy().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .limit(10)
                .forEach(e -> out.printf(Locale.ROOT, "  %-28s %.3f%n", e.getKey(), e.getValue()));
        out.println("most frequent confusions:");
        result.report().confusions().stream().limit(10)
                .forEach(c -> out.printf(Locale.ROOT, "  %s -> %s: %d%n", c.truth(), c.predicted(), c.count()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", language.code());
        json.put("folds", folds);
        json.putAll(ResultJson.accuracy(result.report()));
        json.put("seconds", result.seconds());
        out.println(ResultJson.line(json));
        return 0;
    }

    /** The value of {@code --language}: a code the training data has a folder for. */
    static Language language(String code) {
        return Language.ofCode(code).orElseThrow(() -> new UsageException("--language must be one of "
                + String.join(", ", List.of(Language.values()).stream().map(Language::code).toList())
                + ", not '" + code + "'"));
    }
}
