package org.councilassistant.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.councilassistant.benchmarks.report.SearchFigures;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.knowledgebase.seed.SeedArticles;

/**
 * {@code search-cv}: hit@1 and MRR of knowledge-base search, by words alone and hybrid, on the seed articles' English
 * alternate questions held out by k-fold; and the answer gate at several semantic thresholds. The last line is one
 * JSON object.
 */
final class SearchCrossValidationCommand implements Command {

    static final int DEFAULT_FOLDS = 5;

    private final PrintStream out;

    SearchCrossValidationCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String synopsis() {
        return "[--folds 5] [--model " + OnnxTextEmbedder.DEFAULT_MODEL + "]";
    }

    @Override
    public int run(List<String> args) throws Exception {
        CommandOptions options = CommandOptions.parse(args, Set.of("--folds", "--model"), Set.of());
        int folds = options.intValue("--folds", DEFAULT_FOLDS, 2);
        OnnxTextEmbedder model = OnnxTextEmbedder.named(options.value("--model", OnnxTextEmbedder.DEFAULT_MODEL));
        out.printf(Locale.ROOT, "search-cv: %d-fold held-out alternate questions of the English seed articles (%s)%n",
                folds, model.modelName());
        SearchCrossValidation.Result result = evaluate(model, folds);
        out.printf(Locale.ROOT, "%d questions, %.1f s%n", result.questions(), result.seconds());
        out.printf(Locale.ROOT, "lexical hit@1 %.3f MRR %.3f | hybrid hit@1 %.3f MRR %.3f%n",
                result.lexical().hitAt1(), result.lexical().mrr(), result.hybrid().hitAt1(), result.hybrid().mrr());
        print("lexical gate", result.lexicalGate());
        result.hybridGates().forEach(gate -> print("hybrid gate, cosine >= " + gate.threshold(), gate));
        List<Float> right = result.rightSemanticScores();
        List<Float> unrelated = result.unrelatedSemanticScores();
        out.printf(Locale.ROOT, "cosine of right best hits: p10 %.3f, median %.3f; of unrelated: median %.3f, max %.3f%n",
                percentile(right, 0.1), percentile(right, 0.5), percentile(unrelated, 0.5), percentile(unrelated, 1));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.modelName());
        json.put("folds", folds);
        json.put("questions", result.questions());
        json.put("lexicalHitAt1", result.lexical().hitAt1());
        json.put("lexicalMrr", result.lexical().mrr());
        json.put("hybridHitAt1", result.hybrid().hitAt1());
        json.put("hybridMrr", result.hybrid().mrr());
        json.put("lexicalGate", gate(result.lexicalGate()));
        json.put("hybridGates", result.hybridGates().stream().map(SearchCrossValidationCommand::gate).toList());
        json.put("rightCosineP10", percentile(right, 0.1));
        json.put("unrelatedCosineMax", percentile(unrelated, 1));
        json.put("seconds", result.seconds());
        out.println(ResultJson.line(json));
        return 0;
    }

    /** The cross-validation in a scratch directory of its own, deleted after. */
    static SearchCrossValidation.Result evaluate(OnnxTextEmbedder model, int folds) throws IOException {
        Path directory = Files.createTempDirectory("search-cv");
        try {
            return new SearchCrossValidation(model, directory).run(SeedArticles.english(), folds,
                    SearchCrossValidation.unrelatedQuestions());
        } finally {
            SearchCrossValidation.delete(directory);
        }
    }

    /** The figures the report shows; the gates named as {@link #run} prints them. */
    static SearchFigures figures(String model, int folds, SearchCrossValidation.Result result) {
        List<SearchFigures.Gate> gates = new ArrayList<>();
        gates.add(reportGate("words alone (BM25 ≥ " + SearchCrossValidation.GATE_SCORE + ")", result.lexicalGate()));
        result.hybridGates().forEach(gate -> gates.add(reportGate("words, or cosine ≥ " + gate.threshold(), gate)));
        return new SearchFigures(model, result.questions(), folds, result.seconds(), result.lexical().hitAt1(),
                result.lexical().mrr(), result.hybrid().hitAt1(), result.hybrid().mrr(), gates);
    }

    private static SearchFigures.Gate reportGate(String name, SearchCrossValidation.Gate gate) {
        return new SearchFigures.Gate(name, gate.answeredRight(), gate.answeredWrong(), gate.unrelatedAnswered());
    }

    private void print(String label, SearchCrossValidation.Gate gate) {
        out.printf(Locale.ROOT, "  %-28s answers right %.3f, wrong %.3f; unrelated answered %.3f%n", label,
                gate.answeredRight(), gate.answeredWrong(), gate.unrelatedAnswered());
    }

    private static Map<String, Object> gate(SearchCrossValidation.Gate gate) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (Double.isFinite(gate.threshold())) {
            json.put("minimumCosine", gate.threshold());
        }
        json.put("answeredRight", gate.answeredRight());
        json.put("answeredWrong", gate.answeredWrong());
        json.put("unrelatedAnswered", gate.unrelatedAnswered());
        return json;
    }

    /** The value at {@code share} of the sorted values (0: the lowest, 1: the highest); 0 for none. */
    private static double percentile(List<Float> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size())));
    }
}
