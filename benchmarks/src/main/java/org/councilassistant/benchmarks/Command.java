package org.councilassistant.benchmarks;

import java.util.List;

/** One sub-command of {@code benchmarks.jar}. */
interface Command {

    /** The option synopsis shown in the usage message, without the command name. */
    String synopsis();

    /**
     * Runs the command.
     *
     * @return the process exit code
     * @throws UsageException when the arguments make no sense
     */
    int run(List<String> args) throws Exception;
}
