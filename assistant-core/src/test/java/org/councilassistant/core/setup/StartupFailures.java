package org.councilassistant.core.setup;

/** For tests of settings and data that the application must refuse to start with. */
public final class StartupFailures {

    private StartupFailures() {
    }

    /** The {@link SetupException} somewhere in the causes of a failed start-up, which is what the report shows. */
    public static SetupException setupProblem(Throwable startupFailure) {
        for (Throwable cause = startupFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SetupException problem) {
                return problem;
            }
        }
        throw new AssertionError("The start-up failed without a SetupException", startupFailure);
    }
}
