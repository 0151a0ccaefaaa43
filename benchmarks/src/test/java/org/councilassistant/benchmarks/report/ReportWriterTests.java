package org.councilassistant.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.councilassistant.benchmarks.LatencySummary;
import org.councilassistant.benchmarks.language.LabelledMessage;
import org.councilassistant.benchmarks.language.LanguageDetectionResult;
import org.councilassistant.benchmarks.language.LanguageDetectionResult.Detection;
import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.evaluation.EvaluationReport.Confusion;
import org.councilassistant.intents.language.Language;

class ReportWriterTests {

    private static final MachineInfo MACHINE = new MachineInfo("2025-01-01 12:00 UTC", 2, 4L << 30, "Test CPU",
            "17.0.15", "Linux", "0.50 0.40 0.30");

    @Test
    void showsTheMachineTheCommandAndOurFiguresBesideThePublishedOnes() {
        EvaluationReport report = new EvaluationReport(3100, 0.912, 0.41, 0.7, 0.91, 0.85, 0.88,
                Map.of("balance", 0.95, "transfer", 0.6), List.of(new Confusion("oos", "balance", 7)));
        IntentFigures figures = new IntentFigures("clinc150_dev.json train,oos_train → val,oos_val", report, 15100,
                42.0, 6.2, 20.5, 150_000);

        String markdown = ReportWriter.render(run(Outcome.of(figures, "java -jar benchmarks.jar intent-eval ..."),
                Outcome.notRun("x", null),
                Outcome.of(Map.of("classifyP50Micros", 4.5), "java -jar benchmarks.jar jmh")));

        assertThat(markdown)
                .contains("java -jar benchmarks/target/benchmarks.jar report --skip-load")
                .contains("| CPUs (`nproc`) | 2 |", "Test CPU", "4.0 GiB")
                .contains("| in-scope accuracy | 91.2% | ≥ 96.5% | **missed** |")
                .contains("| out-of-scope AUROC | 0.850 |  |  |", "| MCC (out-of-scope as a class) | 0.880 |  |  |")
                .contains("| classify p50 | 0.006 ms | ≤ 2 ms | met |")
                .contains("| training (calibration included) | 42.0 s | ≤ 3 min | met |")
                .contains("| 1. CLINC150 | CLINC150 training (15k phrases, calibration included) | ≤ 3 min | 0.70 min "
                        + "| met |")
                .contains("| MLP (USE embeddings) | 93.5 / 47.4 | 93.4 / 49.1 |")
                .contains("| **this project** (validation split) | **91.2 / 41.0** | — |")
                .contains("| `transfer` | 60.0% |")
                .contains("| `oos` | `balance` | 7 |")
                .contains("| `classifyP50Micros` | 4.50 |")
                .contains("| 4. JMH | JMH classify one utterance, p50 | ≤ 2 ms | 0.0045 ms | met |")
                .contains("| 4. JMH | JMH hybrid search (words and meaning) at 100k articles, p99 | ≤ 5 ms | no figure "
                        + "| not measured |");
    }

    @Test
    void showsTheRunTrainedWithoutOutOfScopeExamplesBesideItsTargetsAndInThePapersThresholdColumn() {
        EvaluationReport report = new EvaluationReport(3100, 0.955, 0.62, 0.8, 0.95, 0.91, 0.87, Map.of(), List.of());
        IntentFigures withoutOos = new IntentFigures("clinc150_dev.json train → val,oos_val", report, 15000, 40.0,
                6.0, 20.0, 150_000);

        String markdown = ReportWriter.render(run(Outcome.notRun("x", null),
                Outcome.of(withoutOos, "intent-eval --train train --eval val,oos_val"), Outcome.notRun("x", null)));

        String section1 = markdown.substring(markdown.indexOf("## 1."), markdown.indexOf("## 2."));
        assertThat(section1)
                .contains("### Trained without out-of-scope examples\n\n"
                        + "Run alone: `intent-eval --train train --eval val,oos_val`")
                .contains("| in-scope accuracy | 95.5% | ≥ 95.0% | met |")
                .contains("| out-of-scope recall | 62.0% | ≥ 60.0% | met |")
                .contains("| out-of-scope AUROC | 0.910 |  |  |", "| MCC (out-of-scope as a class) | 0.870 |  |  |")
                .contains("| **this project** (validation split) | — | **95.5 / 62.0** |");
        assertThat(markdown)
                .contains("| 1. CLINC150 | CLINC150 trained without OOS: in-scope accuracy | ≥ 95.0% | 95.5% | met |")
                .contains("| 1. CLINC150 | CLINC150 trained without OOS: out-of-scope recall | ≥ 60.0% | 62.0% | met |");
    }

    @Test
    void saysASkippedSectionWasNotRunInsteadOfShowingOldFigures() {
        String markdown = ReportWriter.render(run(Outcome.notRun("--skip-jmh", null), Outcome.notRun("x", null),
                Outcome.notRun("--skip-jmh", "java -jar benchmarks.jar jmh")));

        assertThat(markdown)
                .contains("## 2. Peer: nlp.js\n\nNot run in this report (--skip-peer).")
                .contains("Not run in this report (--skip-jmh).")
                .contains("| 1. CLINC150 | CLINC150 val (train+oos_train) in-scope accuracy | ≥ 96.5% | no figure "
                        + "| not measured |");
    }

    @Test
    void setsTheEnglishAndWelshCrossValidationSideBySideAndTheWelshDetailInSectionSix() {
        CrossValidationFigures english = new CrossValidationFigures(Language.ENGLISH, 2055, 5, 29.2,
                new EvaluationReport(2055, 0.844, 0.909, 0.597, 0.873, 0.93, 0.81, Map.of("goodbye", 0.622),
                        List.of(new Confusion("help", "out_of_scope", 9))));
        CrossValidationFigures welsh = new CrossValidationFigures(Language.WELSH, 1770, 5, 25.0,
                new EvaluationReport(1770, 0.8, Double.NaN, Double.NaN, 0.81, Double.NaN, 0.78,
                        Map.of("planning", 0.5),
                        List.of(new Confusion("planning", "out_of_scope", 4))));

        String markdown = ReportWriter.render(new ReportWriter.Run("report", MACHINE, Outcome.notRun("x", null),
                Outcome.notRun("x", null), Outcome.notRun("--skip-peer", null),
                Outcome.of(english, "council-cv --folds 5"), Outcome.of(welsh, "council-cv --language cy --folds 5"), Outcome.notRun("--skip-search", null),
                Outcome.notRun("--skip-jmh", null),
                Outcome.notRun("--skip-load", null), Outcome.notRun("--skip-memory", null),
                Outcome.notRun("--skip-language", "language-detect --data x.tsv")));

        String section3 = markdown.substring(markdown.indexOf("## 3."), markdown.indexOf("## 4."));
        assertThat(section3)
                .contains("Run alone: `council-cv --folds 5` (English), `council-cv --language cy --folds 5` (Welsh)")
                .contains("| figure | English | Welsh |")
                .contains("| training phrases (examples) | 2,055 | 1,770 |")
                .contains("| in-scope accuracy | 84.4% | 80.0% |")
                .contains("| council phrases by k-fold: English in-scope accuracy | ≥ 84.4% | 84.4% | met |")
                .contains("| council phrases by k-fold: Welsh in-scope accuracy | ≥ 82.4% | 80.0% | **missed** |")
                .doesNotContain("sets no target")
                .contains("| out-of-scope recall | 90.9% | n/a (no out-of-scope phrases) |")
                .contains("| macro F1 | 0.873 | 0.810 |")
                .contains("| out-of-scope AUROC | 0.930 | n/a |", "| MCC (out-of-scope as a class) | 0.810 | 0.780 |")
                .contains("### Worst 1 intents by accuracy (English)", "| `goodbye` | 62.2% |")
                .contains("### Most confused pairs (English; truth → predicted)")
                .doesNotContain("`planning`");
        assertThat(markdown).contains("| 3. council k-fold | council phrases by k-fold: Welsh in-scope accuracy "
                + "| ≥ 82.4% | 80.0% | **missed** |");
        String section6 = markdown.substring(markdown.indexOf("## 6. Welsh: intent accuracy and language detection"));
        assertThat(section6)
                .contains("#### Worst 1 intents by accuracy (Welsh)", "| `planning` | 50.0% |")
                .contains("| `planning` | `out_of_scope` | 4 |")
                .contains("### Language detection on short messages\n\nRun alone: `language-detect --data x.tsv`"
                        + "\n\nNot run in this report (--skip-language).");
    }

    @Test
    void setsSearchByWordsBesideSearchByMeaningWithTheAnswerGates() {
        SearchFigures figures = new SearchFigures("bge-small-en-v1.5", 412, 5, 31.5, 0.612, 0.701, 0.845, 0.893,
                List.of(new SearchFigures.Gate("words alone (BM25 ≥ 4.0)", 0.4, 0.05, 0.02),
                        new SearchFigures.Gate("words, or cosine ≥ 0.75", 0.8, 0.06, 0.01)));

        String markdown = ReportWriter.render(new ReportWriter.Run("report", MACHINE, Outcome.notRun("x", null),
                Outcome.notRun("x", null), Outcome.notRun("--skip-peer", null), Outcome.notRun("--skip-council", null),
                Outcome.notRun("--skip-council", null), Outcome.of(figures, "search-cv --folds 5"),
                Outcome.notRun("--skip-jmh", null), Outcome.notRun("--skip-load", null),
                Outcome.notRun("--skip-memory", null), Outcome.notRun("--skip-language", null)));

        String section = markdown.substring(markdown.indexOf("## 3b."), markdown.indexOf("## 4."));
        assertThat(section)
                .contains("Run alone: `search-cv --folds 5`", "412 of them, held out 5-fold", "`bge-small-en-v1.5`")
                .contains("| figure | words alone | words and meaning (hybrid) |")
                .contains("| hit@1 | 61.2% | 84.5% |", "| MRR | 0.701 | 0.893 |")
                .contains("| words alone (BM25 ≥ 4.0) | 40.0% | 5.0% | 2.0% |")
                .contains("| words, or cosine ≥ 0.75 | 80.0% | 6.0% | 1.0% |");
        assertThat(markdown.substring(0, markdown.indexOf("## 1."))).doesNotContain("search by k-fold", "hit@1");
    }

    @Test
    void saysTheSearchSectionWasNotRunWhenSkipped() {
        String markdown = ReportWriter.render(run(Outcome.notRun("x", null), Outcome.notRun("x", null),
                Outcome.notRun("--skip-jmh", null)));

        assertThat(markdown).contains("## 3b. Knowledge-base search (k-fold held-out questions)\n\n"
                + "Not run in this report (--skip-search).");
    }

    @Test
    void showsLanguageDetectionFiguresConfusionAndTheMessagesItGotWrong() {
        List<Detection> detections = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            detections.add(new Detection(new LabelledMessage(Language.WELSH, "neges " + i, i),
                    i <= 11 ? Language.ENGLISH : null));
        }
        detections.add(new Detection(new LabelledMessage(Language.ENGLISH, "a | b", 13), Language.ENGLISH));
        LanguageDetectionFigures figures = new LanguageDetectionFigures("benchmarks/data/m.tsv",
                new LanguageDetectionResult(detections, new LatencySummary(13, 31.25, 80.0, 30_000), 67));

        String markdown = ReportWriter.render(new ReportWriter.Run("report", MACHINE, Outcome.notRun("x", null),
                Outcome.notRun("x", null), Outcome.notRun("--skip-peer", null), Outcome.notRun("--skip-council", null),
                Outcome.notRun("--skip-council", null), Outcome.notRun("--skip-search", null),
                Outcome.notRun("--skip-jmh", null), Outcome.notRun("--skip-load", null),
                Outcome.notRun("--skip-memory", null), Outcome.of(figures, "language-detect --data benchmarks/data/m.tsv")));

        assertThat(markdown)
                .contains("## 3. Council catalogue (k-fold cross-validation)\n\n"
                        + "Not run in this report (--skip-council).")
                .contains("13 short chat messages in `benchmarks/data/m.tsv` (1 English, 12 Welsh)")
                .contains("| accuracy (\"cannot tell\" counts as wrong) | 7.7% |")
                .contains("| coverage (share given an answer) | 92.3% |")
                .contains("| accuracy when answered | 8.3% |")
                .contains("| Welsh recall | 0.0% |", "| English recall | 100.0% |")
                .contains("| per message, p50 (1 thread, after 67 warm-up passes) | 31.3 µs |")
                .contains("| written in ↓, detected → | English | Welsh | cannot tell |")
                .contains("| Welsh (12) | 11 | 0 | 1 |", "| English (1) | 1 | 0 | 0 |")
                .contains("#### Misclassified (first 10 of 12, in file order)")
                .contains("| 1 | Welsh | English | neges 1 |", "| 10 | Welsh | English | neges 10 |")
                .doesNotContain("neges 11 |", "a \\| b");
    }

    private static ReportWriter.Run run(Outcome<IntentFigures> clinc, Outcome<IntentFigures> clincWithoutOos,
            Outcome<Map<String, Object>> jmh) {
        return new ReportWriter.Run("java -jar benchmarks/target/benchmarks.jar report --skip-load", MACHINE, clinc,
                clincWithoutOos, Outcome.notRun("--skip-peer", null), Outcome.notRun("--skip-council", null),
                Outcome.notRun("--skip-council", null), Outcome.notRun("--skip-search", null), jmh,
                Outcome.notRun("--skip-load", null),
                Outcome.failed("exited with code 1.", null), Outcome.notRun("--skip-language", null));
    }
}
