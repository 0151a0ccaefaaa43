package org.councilassistant.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders {@code benchmarks/REPORT.md} from one run's outcomes: nothing in it comes from an earlier run. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Everything one report run produced, section by section. */
    public record Run(String command, MachineInfo machine, Outcome<IntentFigures> clinc,
            Outcome<IntentFigures> clincWithoutOos, Outcome<PeerFigures> peer,
            Outcome<CrossValidationFigures> council, Outcome<CrossValidationFigures> councilWelsh,
            Outcome<SearchFigures> search, Outcome<Map<String, Object>> jmh, Outcome<Map<String, Object>> load, Outcome<Map<String, Object>> memory,
            Outcome<LanguageDetectionFigures> languageDetection) {
    }

    public static String render(Run run) {
        List<TargetSummary.Row> targets = new ArrayList<>();
        String sections = ClincSection.render(run.clinc(), run.clincWithoutOos(), targets)
                + AccuracySections.peer(run.peer(), targets)
                + AccuracySections.council(run.council(), run.councilWelsh(), targets)
                + SearchSection.render(run.search())
                + PerformanceSections.jmh(run.jmh(), targets)
                + PerformanceSections.loadAndMemory(run.load(), run.memory(), targets)
                + WelshSections.render(run.councilWelsh(), run.languageDetection());
        return header(run) + TargetSummary.render(targets) + sections;
    }

    private static String header(Run run) {
        MachineInfo m = run.machine();
        String memory = m.memoryBytes() == 0 ? "unknown"
                : Markdown.number(m.memoryBytes() / (1024.0 * 1024 * 1024), 1) + " GiB";
        return "# Benchmark report\n\n"
                + "Generated " + m.date() + " by this command, run from the project root after "
                + Markdown.code("./mvnw -B -q install -DskipTests") + ":\n\n"
                + "```sh\n" + run.command() + "\n```\n\n"
                + "Every figure below comes from that one run; a section that did not run says so.\n\n"
                + Markdown.table(List.of("machine", ""), List.of(
                        List.of("CPUs (`nproc`)", String.valueOf(m.processors())),
                        List.of("CPU model", m.cpuModel()),
                        List.of("memory", memory),
                        List.of("Java", m.java()),
                        List.of("OS", m.os()),
                        List.of("load average at start (1, 5, 15 min)", m.loadAverage())));
    }
}
