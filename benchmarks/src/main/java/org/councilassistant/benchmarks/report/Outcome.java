package org.councilassistant.benchmarks.report;

/**
 * What one report section has to show: its figures, or why there are none. A section never shows figures from an
 * earlier run.
 *
 * @param figures the figures, or null
 * @param note why there are no figures, or null
 * @param command how the figures were (or would be) produced, shown with them; may be null
 */
public record Outcome<T>(Status status, T figures, String note, String command) {

    /** Whether the section ran. */
    public enum Status { RAN, NOT_RUN, FAILED }

    public static <T> Outcome<T> of(T figures, String command) {
        return new Outcome<>(Status.RAN, figures, null, command);
    }

    public static <T> Outcome<T> notRun(String reason, String command) {
        return new Outcome<>(Status.NOT_RUN, null, "Not run in this report (" + reason + ").", command);
    }

    public static <T> Outcome<T> failed(String reason, String command) {
        return new Outcome<>(Status.FAILED, null, "**Failed in this report:** " + reason, command);
    }

    public boolean ran() {
        return status == Status.RAN;
    }
}
