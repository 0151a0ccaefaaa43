package org.councilassistant.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandoffTriggersTests {

    private final HandoffTriggers triggers = HandoffTriggers.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"I'm going to be homeless tonight", "I have nowhere to sleep", "my partner hits me, he hits me",
            "I want to kill myself", "I think a child is at risk next door", "I’m not safe at home", "SAFEGUARDING concern"})
    void sensitiveTopicsAreRecognised(String text) {
        assertThat(triggers.isSensitive(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is useless!", "You're useless", "what a waste of time", "I give up", "so annoying"})
    void frustrationIsRecognised(String text) {
        assertThat(triggers.isFrustrated(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"when is my bin day", "how do I pay my council tax", "is the tip open", "my bin is not emptied",
            "report a dangerous tree"})
    void everydayQuestionsAreNeither(String text) {
        assertThat(triggers.isSensitive(text)).isFalse();
        assertThat(triggers.isFrustrated(text)).isFalse();
    }
}
