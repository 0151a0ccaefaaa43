package org.councilassistant.benchmarks.report;

import java.util.List;
import java.util.Locale;

/** Small Markdown and number-formatting helpers for the report. */
public final class Markdown {

    private Markdown() {
    }

    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        text.append(row(header));
        text.append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> text.append(row(r)));
        return text.append('\n').toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    /** A share as a percentage with one decimal, "n/a" when it does not exist. */
    public static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    public static String number(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    public static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.2f×", value);
    }

    public static String code(String text) {
        return "`" + text + "`";
    }
}
