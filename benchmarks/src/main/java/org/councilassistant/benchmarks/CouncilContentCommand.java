package org.councilassistant.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.councilassistant.benchmarks.dataset.ClincDatasetReader;
import org.councilassistant.benchmarks.dataset.CsvDatasetReader;
import org.councilassistant.benchmarks.jmh.InProcessAssistant;
import org.councilassistant.intents.training.LabelledExample;

/**
 * {@code council-content}: imports a council's web pages in place of the sample content (mode replace) into the
 * assistant wired as the server wires it, asks residents' questions of it, and counts the right article, another
 * article, and no article. The last line is one JSON object.
 */
final class CouncilContentCommand implements Command {

    private final PrintStream out;

    CouncilContentCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String synopsis() {
        return "[--content " + ModuleLayout.COUNCIL_CONTENT_DIR + "] [--verbose]";
    }

    @Override
    public int run(List<String> args) throws Exception {
        CommandOptions options = CommandOptions.parse(args, Set.of("--content"), Set.of("--verbose"));
        ModuleLayout layout = ModuleLayout.locate();
        Path content = options.value("--content").map(Path::of).orElse(layout.councilContentDir());
        Path articles = content.resolve("articles.json");
        List<LabelledExample> questions = CsvDatasetReader.read(content.resolve("questions.csv"));
        out.printf(Locale.ROOT, "council-content: %s, %d questions%n", layout.display(content), questions.size());
        CouncilContentEvaluation.Result result;
        List<String> unrelated;
        List<String> answeredUnrelated;
        try (InProcessAssistant assistant = InProcessAssistant.startInTempDirectory()) {
            Map<String, String> titleToId = CouncilContentImport.replaceWith(assistant.knowledgeBase(),
                    Files.readString(articles, StandardCharsets.UTF_8));
            result = CouncilContentEvaluation.run(assistant, questions, titleToId);
            unrelated = unrelatedQuestions(layout);
            answeredUnrelated = CouncilContentEvaluation.answered(assistant, unrelated);
        }
        for (CouncilContentEvaluation.Outcome outcome : result.outcomes()) {
            if (options.flag("--verbose") || !outcome.right()) {
                out.printf(Locale.ROOT, "%s %-60s -> %s (expected %s; %s %.2f)%n", outcome.right() ? "ok " : "BAD",
                        outcome.question(), outcome.answered(), outcome.expected(), outcome.intent(),
                        outcome.confidence());
                outcome.searched().forEach(hit -> out.printf(Locale.ROOT, "      %s%s bm25 %.2f cos %.3f%n",
                        hit.articleId().equals(outcome.expected()) ? "*" : " ", hit.articleId(), hit.score(),
                        hit.semanticScore()));
            }
        }
        int total = result.outcomes().size();
        out.printf(Locale.ROOT, "right %d/%d (%.1f%%), another article %d, no article %d, %.1f s%n", result.right(),
                total, 100.0 * result.right() / total, result.wrong(), result.unanswered(), result.seconds());
        out.printf(Locale.ROOT, "unrelated questions answered with an article: %d of %d (%.1f%%)%n",
                answeredUnrelated.size(), unrelated.size(), 100.0 * answeredUnrelated.size() / unrelated.size());
        if (options.flag("--verbose")) {
            answeredUnrelated.forEach(answer -> out.println("  " + answer));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("questions", total);
        json.put("right", result.right());
        json.put("wrong", result.wrong());
        json.put("unanswered", result.unanswered());
        json.put("accuracy", (double) result.right() / total);
        json.put("unrelated", unrelated.size());
        json.put("unrelatedAnswered", answeredUnrelated.size());
        json.put("seconds", result.seconds());
        out.println(ResultJson.line(json));
        return 0;
    }

    /**
     * Questions no council answers: CLINC150's out-of-scope validation questions and its in-scope validation
     * questions (banking, travel, small talk; every 10th), and the search benchmark's unrelated questions.
     */
    private static List<String> unrelatedQuestions(ModuleLayout layout) {
        List<String> questions = new ArrayList<>();
        ClincDatasetReader.read(layout.clincFile(), List.of("oos_val")).forEach(e -> questions.add(e.text()));
        List<LabelledExample> inScope = ClincDatasetReader.read(layout.clincFile(), List.of("val"));
        for (int i = 0; i < inScope.size(); i += 10) {
            questions.add(inScope.get(i).text());
        }
        questions.addAll(SearchCrossValidation.unrelatedQuestions());
        return questions;
    }
}
