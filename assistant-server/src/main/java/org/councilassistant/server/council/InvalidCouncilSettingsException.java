package org.councilassistant.server.council;

import java.util.List;

/** The council settings are wrong; each problem names its setting and what to write. */
public final class InvalidCouncilSettingsException extends IllegalStateException {

    private final List<String> problems;

    InvalidCouncilSettingsException(List<String> problems) {
        super("The council settings are not valid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
