package org.councilassistant.benchmarks.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * One target from the issue, e.g. "classify p50 ≤ 2 ms".
 *
 * @param description what is measured, as the report names it
 * @param atLeast true for a floor (≥), false for a ceiling (≤)
 * @param limit the bound, in {@code unit}
 * @param unit how figures and the bound are shown: {@code %} for shares (given as 0–1), else a unit name
 */
public record Target(String description, boolean atLeast, double limit, String unit) {

    public static Target atLeast(String description, double limit, String unit) {
        return new Target(description, true, limit, unit);
    }

    public static Target atMost(String description, double limit, String unit) {
        return new Target(description, false, limit, unit);
    }

    public boolean isMetBy(double value) {
        return !Double.isNaN(value) && (atLeast ? value >= limit : value <= limit);
    }

    /** The bound as the report shows it, e.g. "≥ 94.0%" or "≤ 2 ms". */
    public String bound() {
        return (atLeast ? "≥ " : "≤ ") + show(limit);
    }

    /** A figure in this target's unit; one below 0.1 to two significant digits, so that it never shows as 0. */
    public String show(double value) {
        if (unit.equals("%")) {
            return Markdown.pct(value);
        }
        String number = value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : Math.abs(value) < 0.1 ? new BigDecimal(value).round(new MathContext(2)).toPlainString()
                : Markdown.number(value, Math.abs(value) < 10 ? 2 : 1);
        return unit.isEmpty() ? number : number + (unit.equals("×") ? unit : " " + unit);
    }

    /** This target checked against a figure; NaN means there is no figure. */
    public Check check(double value) {
        return new Check(this, value);
    }

    /** A target with the figure that answers it. */
    public record Check(Target target, double value) {

        public String figure() {
            return Double.isNaN(value) ? "no figure" : target.show(value);
        }

        public String verdict() {
            return Double.isNaN(value) ? "not measured" : target.isMetBy(value) ? "met" : "**missed**";
        }
    }
}
