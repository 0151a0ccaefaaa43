package org.councilassistant.server.council;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports wrong council settings at start-up as a list to correct, without a stack trace. */
class CouncilSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCouncilSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCouncilSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct these settings in application.yml, on the command line (--assistant.council.name=...) or "
                        + "in environment variables (ASSISTANT_COUNCIL_NAME=...), then start again. "
                        + "README.md, \"Run it for your council\", lists them all.",
                cause);
    }
}
