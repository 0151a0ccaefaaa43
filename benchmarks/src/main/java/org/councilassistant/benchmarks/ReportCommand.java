package org.councilassistant.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.councilassistant.benchmarks.dataset.DatasetException;
import org.councilassistant.benchmarks.dataset.DatasetSelection;
import org.councilassistant.benchmarks.dataset.EvaluationData;
import org.councilassistant.benchmarks.peer.PeerUnavailableException;
import org.councilassistant.benchmarks.report.CrossValidationFigures;
import org.councilassistant.benchmarks.report.IntentFigures;
import org.councilassistant.benchmarks.report.LanguageDetectionFigures;
import org.councilassistant.benchmarks.report.MachineInfo;
import org.councilassistant.benchmarks.report.Outcome;
import org.councilassistant.benchmarks.report.PeerFigures;
import org.councilassistant.benchmarks.report.ReportWriter;
import org.councilassistant.benchmarks.report.SearchFigures;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.intents.language.Language;

/**
 * {@code report}: runs every benchmark and rewrites {@code benchmarks/REPORT.md}. The performance commands run
 * first, each in a child JVM; then CLINC150 (trained with its out-of-scope examples and without them), nlp.js,
 * the council cross-validation (English, then Welsh), knowledge-base search by k-fold and the Welsh/English
 * detection in this one. Exits 1 when a
 * section failed (the report is still written, saying which).
 */
final class ReportCommand implements Command {

    private static final Set<String> FLAGS = Set.of("--skip-jmh", "--skip-load", "--skip-memory", "--skip-peer",
            "--skip-council", "--skip-search", "--skip-language");

    /** The CLINC150 splits of the run trained without out-of-scope examples. */
    static final String TRAIN_WITHOUT_OOS = "train";

    private final PrintStream out;

    ReportCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String synopsis() {
        return "[--skip-jmh] [--skip-load] [--skip-memory] [--skip-peer] [--skip-council] [--skip-search] "
                + "[--skip-language] [--data "
                + ModuleLayout.CLINC_FILE + "] [--folds 5] [--output benchmarks/REPORT.md] [--nlpjs DIR] [--node node]";
    }

    @Override
    public int run(List<String> args) throws Exception {
        CommandOptions options = CommandOptions.parse(args,
                Set.of("--data", "--folds", "--output", "--nlpjs", "--node"), FLAGS);
        ModuleLayout layout = ModuleLayout.locate();
        int folds = options.intValue("--folds", CouncilCrossValidationCommand.DEFAULT_FOLDS, 2);
        Path output = options.value("--output").map(Path::of).orElse(layout.report());
        String oosLabel = IntentEvalCommand.DEFAULT_OOS_LABEL;
        String dataShown = options.value("--data").orElse(ModuleLayout.CLINC_FILE);
        EvaluationData clinc = DatasetSelection.load(options.value("--data").orElse(layout.clincFile().toString()),
                PeerCommand.DEFAULT_TRAIN, PeerCommand.DEFAULT_EVAL);
        String command = "java -jar " + ModuleLayout.JAR + " report" + (args.isEmpty() ? "" : " " + args.stream()
                .map(a -> a.contains(" ") ? "'" + a + "'" : a).collect(Collectors.joining(" ")));
        out.println("report: " + command);
        MachineInfo machine = MachineInfo.detect();

        ChildCommandRunner children = new ChildCommandRunner(layout, out);
        Outcome<Map<String, Object>> jmh = performance(options, children, "jmh");
        Outcome<Map<String, Object>> load = performance(options, children, "load");
        Outcome<Map<String, Object>> memory = performance(options, children, "memory");

        String clincCommand = "java -jar " + ModuleLayout.JAR + " intent-eval --data " + dataShown + " --train "
                + PeerCommand.DEFAULT_TRAIN + " --eval " + PeerCommand.DEFAULT_EVAL + " --oos-label " + oosLabel;
        out.println("report: CLINC150, " + clinc.description());
        IntentBenchmark.Result ours = IntentBenchmark.run(clinc.training(), clinc.evaluation(), oosLabel, out);
        Outcome<IntentFigures> clincOutcome = Outcome.of(new IntentFigures(clinc.description(), ours.report(),
                ours.examplesTrained(), ours.trainSeconds(), ours.latency().p50Micros(), ours.latency().p99Micros(),
                ours.latency().callsPerSecond()), clincCommand);

        Outcome<IntentFigures> clincWithoutOos = clincWithoutOos(options, layout, oosLabel, dataShown);

        Outcome<PeerFigures> peer = peer(options, layout, clinc, oosLabel, ours, dataShown);
        Outcome<CrossValidationFigures> council = council(options, folds, Language.ENGLISH);
        Outcome<CrossValidationFigures> councilWelsh = council(options, folds, Language.WELSH);
        Outcome<SearchFigures> search = search(options, folds);
        Outcome<LanguageDetectionFigures> languageDetection = languageDetection(options, layout);

        ReportWriter.Run run = new ReportWriter.Run(command, machine, clincOutcome, clincWithoutOos, peer, council,
                councilWelsh, search, jmh, load, memory, languageDetection);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, ReportWriter.render(run));
        out.println("report: wrote " + layout.display(output));
        boolean failed = List.of(peer, council, councilWelsh, search, jmh, load, memory, languageDetection).stream()
                .anyMatch(outcome -> outcome.status() == Outcome.Status.FAILED);
        if (failed) {
            out.println("report: some sections failed; see the report");
        }
        return failed ? BenchmarkCommand.EXIT_FAILED : 0;
    }

    /** CLINC150 trained on in-scope examples alone, as the council has to be; evaluated on the same splits. */
    private Outcome<IntentFigures> clincWithoutOos(CommandOptions options, ModuleLayout layout, String oosLabel,
            String dataShown) {
        EvaluationData data = DatasetSelection.load(options.value("--data").orElse(layout.clincFile().toString()),
                TRAIN_WITHOUT_OOS, PeerCommand.DEFAULT_EVAL);
        String command = "java -jar " + ModuleLayout.JAR + " intent-eval --data " + dataShown + " --train "
                + TRAIN_WITHOUT_OOS + " --eval " + PeerCommand.DEFAULT_EVAL + " --oos-label " + oosLabel;
        out.println("report: CLINC150 without out-of-scope training examples, " + data.description());
        IntentBenchmark.Result result = IntentBenchmark.run(data.training(), data.evaluation(), oosLabel, 1, out);
        return Outcome.of(new IntentFigures(data.description(), result.report(), result.examplesTrained(),
                result.trainSeconds(), result.latency().p50Micros(), result.latency().p99Micros(),
                result.latency().callsPerSecond()), command);
    }

    /** Runs {@code name} in a child JVM unless {@code --skip-<name>}; it writes {@code <name>.json}. */
    private static Outcome<Map<String, Object>> performance(CommandOptions options, ChildCommandRunner children,
            String name) throws IOException, InterruptedException {
        String skip = "--skip-" + name;
        return options.flag(skip)
                ? Outcome.notRun(skip, "java -jar " + ModuleLayout.JAR + " " + name)
                : children.run(name, name + ".json");
    }

    private Outcome<PeerFigures> peer(CommandOptions options, ModuleLayout layout, EvaluationData clinc,
            String oosLabel, IntentBenchmark.Result ours, String dataShown) throws Exception {
        String peerCommand = "java -jar " + ModuleLayout.JAR + " peer --data " + dataShown + " --train "
                + PeerCommand.DEFAULT_TRAIN + " --eval " + PeerCommand.DEFAULT_EVAL;
        if (options.flag("--skip-peer")) {
            return Outcome.notRun("--skip-peer", peerCommand);
        }
        try {
            return Outcome.of(PeerCommand.compare(clinc, oosLabel, ours, PeerCommand.runner(options, layout), out),
                    peerCommand);
        } catch (PeerUnavailableException | IOException | IllegalStateException e) {
            out.println("report: nlp.js failed: " + e.getMessage());
            return Outcome.failed(e.getMessage(), peerCommand);
        }
    }

    private Outcome<CrossValidationFigures> council(CommandOptions options, int folds, Language language) {
        String councilCommand = "java -jar " + ModuleLayout.JAR + " council-cv"
                + (language == Language.ENGLISH ? "" : " --language " + language.code()) + " --folds " + folds;
        if (options.flag("--skip-council")) {
            return Outcome.notRun("--skip-council", councilCommand);
        }
        out.println("report: council catalogue (" + language.code() + "), " + folds + "-fold cross-validation");
        CouncilIntentCrossValidation.Result result = CouncilIntentCrossValidation.run(folds, language);
        return Outcome.of(new CrossValidationFigures(language, result.examples(), result.folds(), result.seconds(),
                result.report()), councilCommand);
    }

    /** Knowledge-base search by k-fold with the default embedding model, as {@code search-cv} runs it. */
    private Outcome<SearchFigures> search(CommandOptions options, int folds) {
        String searchCommand = "java -jar " + ModuleLayout.JAR + " search-cv --folds " + folds;
        if (options.flag("--skip-search")) {
            return Outcome.notRun("--skip-search", searchCommand);
        }
        out.println("report: knowledge-base search, " + folds + "-fold held-out questions");
        try {
            OnnxTextEmbedder model = OnnxTextEmbedder.named(OnnxTextEmbedder.DEFAULT_MODEL);
            return Outcome.of(SearchCrossValidationCommand.figures(model.modelName(), folds,
                    SearchCrossValidationCommand.evaluate(model, folds)), searchCommand);
        } catch (IOException | RuntimeException e) {
            out.println("report: knowledge-base search failed: " + e.getMessage());
            return Outcome.failed(String.valueOf(e.getMessage()), searchCommand);
        }
    }

    /** The detector on the committed short messages; a missing or malformed file fails this section only. */
    private Outcome<LanguageDetectionFigures> languageDetection(CommandOptions options, ModuleLayout layout) {
        String data = ModuleLayout.LANGUAGE_DETECTION_FILE;
        String detectCommand = "java -jar " + ModuleLayout.JAR + " language-detect --data " + data;
        if (options.flag("--skip-language")) {
            return Outcome.notRun("--skip-language", detectCommand);
        }
        out.println("report: language detection, " + data);
        try {
            return Outcome.of(new LanguageDetectionFigures(data,
                    LanguageDetectCommand.evaluate(layout.languageDetectionFile(), 0)), detectCommand);
        } catch (DatasetException | IllegalStateException e) {
            out.println("report: language detection failed: " + e.getMessage());
            return Outcome.failed(e.getMessage(), detectCommand);
        }
    }
}
