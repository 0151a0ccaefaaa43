package org.councilassistant.benchmarks.report;

import java.util.List;

/** The table of every target at the top of the report: what was asked, what was measured, met or missed. */
final class TargetSummary {

    /** One target in one section. */
    record Row(String section, Target.Check check) {
    }

    private TargetSummary() {
    }

    static String render(List<Row> rows) {
        return "## Targets\n\n" + Markdown.table(List.of("section", "target", "bound", "measured", "verdict"),
                rows.stream().map(row -> List.of(row.section(), row.check().target().description(),
                        row.check().target().bound(), row.check().figure(), row.check().verdict())).toList());
    }
}
