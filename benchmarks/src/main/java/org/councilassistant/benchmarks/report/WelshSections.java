package org.councilassistant.benchmarks.report;

import static org.councilassistant.benchmarks.report.Markdown.number;
import static org.councilassistant.benchmarks.report.Markdown.pct;
import static org.councilassistant.benchmarks.report.Markdown.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.councilassistant.benchmarks.language.LanguageDetectionResult;
import org.councilassistant.benchmarks.language.LanguageDetectionResult.Detection;
import org.councilassistant.intents.language.Language;

/** Section 6: the Welsh model's worst intents and confusions, and Welsh/English detection on short messages. */
final class WelshSections {

    static final int MISCLASSIFIED_SHOWN = 10;
    private static final String CANNOT_TELL = "cannot tell";

    private WelshSections() {
    }

    static String render(Outcome<CrossValidationFigures> welsh, Outcome<LanguageDetectionFigures> detection) {
        return "## 6. Welsh: intent accuracy and language detection\n\n"
                + intents(welsh)
                + detection(detection);
    }

    private static String intents(Outcome<CrossValidationFigures> outcome) {
        StringBuilder text = new StringBuilder("### Welsh intents (k-fold cross-validation)\n\n");
        text.append(AccuracySections.commandLine(outcome));
        CrossValidationFigures f = outcome.figures();
        if (f == null) {
            return text.append(outcome.note()).append("\n\n").toString();
        }
        text.append("The Welsh model on the Welsh training phrases (").append(number(f.examples(), 0))
                .append(" examples), ").append(f.folds()).append("-fold stratified; its figures are beside the ")
                .append("English ones in section 3: in-scope accuracy ").append(pct(f.report().inScopeAccuracy()))
                .append(", out-of-scope recall ").append(pct(f.report().oosRecall())).append(", macro F1 ")
                .append(number(f.report().macroF1(), 3)).append(".\n\n");
        return text.append(AccuracySections.worstAndConfused(f.report(), "####", "Welsh")).toString();
    }

    private static String detection(Outcome<LanguageDetectionFigures> outcome) {
        StringBuilder text = new StringBuilder("### Language detection on short messages\n\n");
        text.append(AccuracySections.commandLine(outcome));
        if (outcome.figures() == null) {
            return text.append(outcome.note()).append("\n\n").toString();
        }
        LanguageDetectionResult r = outcome.figures().result();
        text.append("The detector the server runs on every message (`WelshEnglishDetector.bundled()`) on ")
                .append(number(r.messages(), 0)).append(" short chat messages in `").append(outcome.figures().data())
                .append("` (").append(byLanguage(r)).append("), written by hand and held out: not training data ")
                .append("(see `benchmarks/README.md`). When it cannot tell, the conversation keeps its language; ")
                .append("here that counts as wrong for accuracy. The issue sets no target here.\n\n");
        text.append(table(List.of("figure", "value"), List.of(
                List.of("messages", number(r.messages(), 0)),
                List.of("accuracy (\"cannot tell\" counts as wrong)", pct(r.accuracy())),
                List.of("coverage (share given an answer)", pct(r.coverage())),
                List.of("accuracy when answered", pct(r.accuracyWhenAnswered())),
                List.of("Welsh recall", pct(r.recall(Language.WELSH))),
                List.of("English recall", pct(r.recall(Language.ENGLISH))),
                List.of("per message, p50 (1 thread, after " + r.warmupPasses() + " warm-up passes)",
                        number(r.latency().p50Micros(), 1) + " µs"),
                List.of("per message, p99", number(r.latency().p99Micros(), 1) + " µs"))));
        List<List<String>> confusion = new ArrayList<>();
        for (Language truth : Language.values()) {
            List<String> row = new ArrayList<>(List.of(name(truth) + " (" + r.messages(truth) + ")"));
            for (Language detected : Language.values()) {
                row.add(String.valueOf(r.count(truth, detected)));
            }
            row.add(String.valueOf(r.count(truth, null)));
            confusion.add(row);
        }
        List<String> header = new ArrayList<>(List.of("written in ↓, detected →"));
        for (Language detected : Language.values()) {
            header.add(name(detected));
        }
        header.add(CANNOT_TELL);
        text.append(table(header, confusion));
        List<Detection> wrong = r.misclassified();
        if (wrong.isEmpty()) {
            return text.append("No message misclassified.\n\n").toString();
        }
        text.append("#### Misclassified (").append(wrong.size() > MISCLASSIFIED_SHOWN
                ? "first " + MISCLASSIFIED_SHOWN + " of " + wrong.size() : "all " + wrong.size())
                .append(", in file order)\n\n");
        text.append(table(List.of("line", "written in", "detected", "message"), wrong.stream()
                .limit(MISCLASSIFIED_SHOWN)
                .map(d -> List.of(String.valueOf(d.message().line()), name(d.message().language()),
                        d.detected() == null ? CANNOT_TELL : name(d.detected()), d.message().text()))
                .toList()));
        return text.toString();
    }

    private static String byLanguage(LanguageDetectionResult r) {
        List<String> parts = new ArrayList<>();
        for (Language language : Language.values()) {
            parts.add(number(r.messages(language), 0) + " " + name(language));
        }
        return String.join(", ", parts);
    }

    private static String name(Language language) {
        return language.locale().getDisplayLanguage(Locale.ENGLISH);
    }
}
