package org.councilassistant.core.setup;

/**
 * A council's data or settings that the assistant cannot run with, found at start-up: a missing file, a bad row, a
 * bad setting. It says what is wrong (the file, line and column, or the setting) and what to do, so that the
 * application refuses to start rather than give residents wrong answers later.
 */
public class SetupException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String action;

    /**
     * @param problem what is wrong and where, as a sentence
     * @param action what to do about it, as a sentence
     */
    public SetupException(String problem, String action) {
        this(problem, action, null);
    }

    public SetupException(String problem, String action, Throwable cause) {
        super(problem + " " + action, cause);
        this.problem = problem;
        this.action = action;
    }

    public String problem() {
        return problem;
    }

    public String action() {
        return action;
    }
}
