package org.councilassistant.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.councilassistant.intents.evaluation.EvaluationReport;
import org.councilassistant.intents.evaluation.EvaluationReport.Confusion;

class ReportWriterTests {

    private static final MachineInfo MACHINE = new MachineInfo("2025-01-01 12:00 UTC", 2, 4L << 30, "Test CPU",
            "17.0.15", "Linux", "0.50 0.40 0.30");

    @Test
    void showsTheMachineTheCommandAndOurFiguresBesideThePublishedOnes() {
        EvaluationReport report = new EvaluationReport(3100, 0.912, 0.41, 0.7, 0.91,
                Map.of("balance", 0.95, "transfer", 0.6), List.of(new Confusion("oos", "balance", 7)));
        IntentFigures figures = new IntentFigures("clinc150_dev.json train,oos_train → val,oos_val", report, 15100,
                42.0, 6.2, 20.5, 150_000);

        String markdown = ReportWriter.render(run(Outcome.of(figures, "java -jar benchmarks.jar intent-eval ..."),
                Outcome.of(Map.of("classifyP50Micros", 4.5), "java -jar benchmarks.jar jmh")));

        assertThat(markdown)
                .contains("java -jar benchmarks/target/benchmarks.jar report --skip-load")
                .contains("| CPUs (`nproc`) | 2 |", "Test CPU", "4.0 GiB")
                .contains("| in-scope accuracy | 91.2% | ≥ 94.0% | **missed** |")
                .contains("| classify p50 | 6.2 µs | ≤ 10 µs | met |")
                .contains("| MLP (USE embeddings) | 93.5 / 47.4 | 93.4 / 49.1 |")
                .contains("| `transfer` | 60.0% |")
                .contains("| `oos` | `balance` | 7 |")
                .contains("| `classifyP50Micros` | 4.50 |")
                .contains("| 4. JMH | JMH classify one utterance, p50 | ≤ 10 µs | 4.50 µs | met |");
    }

    @Test
    void saysASkippedSectionWasNotRunInsteadOfShowingOldFigures() {
        String markdown = ReportWriter.render(run(Outcome.notRun("--skip-jmh", null),
                Outcome.notRun("--skip-jmh", "java -jar benchmarks.jar jmh")));

        assertThat(markdown)
                .contains("## 2. Peer: nlp.js\n\nNot run in this report (--skip-peer).")
                .contains("Not run in this report (--skip-jmh).")
                .contains("| 1. CLINC150 | CLINC150 val in-scope accuracy | ≥ 94.0% | no figure | not measured |");
    }

    private static ReportWriter.Run run(Outcome<IntentFigures> clinc, Outcome<Map<String, Object>> jmh) {
        return new ReportWriter.Run("java -jar benchmarks/target/benchmarks.jar report --skip-load", MACHINE, clinc,
                Outcome.notRun("--skip-peer", null), Outcome.notRun("--skip-council", null), jmh,
                Outcome.notRun("--skip-load", null), Outcome.failed("exited with code 1.", null));
    }
}
