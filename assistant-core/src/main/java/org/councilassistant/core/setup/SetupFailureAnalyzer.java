package org.councilassistant.core.setup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link SetupException} at start-up into Spring Boot's "APPLICATION FAILED TO START" report: the problem
 * as its description and what to do as its action, instead of a stack trace to read from the bottom up.
 */
public final class SetupFailureAnalyzer extends AbstractFailureAnalyzer<SetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SetupException cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
