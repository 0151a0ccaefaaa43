package org.councilassistant.alexa.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSanitiserTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "When is my BIN day?|when is my bin day",
            "bins & recycling|bins and recycling",
            "what's the re-use shop's address|what's the re use shop's address",
            "blue/black bin|blue black bin",
            "hello,   is anyone there!|hello is anyone there",
            "open at 'nine' a.m.?|open at nine a.m.",
            "thanks... bye.|thanks bye",
            "rates (council tax): \"how\" much; now|rates council tax how much now",
            "it\u2019s broken|it's broken"})
    void keepsOnlyWhatAlexaAcceptsInASample(String phrase, String sample) {
        assertThat(SampleSanitiser.sanitise(phrase)).contains(sample);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bin collection day for BK3 4LT", "can i pay over 12 months", "alexa ask brackenfield council when is my bin day",
            "?!", "   "})
    void dropsPhrasesWithNumeralsTheWakeWordOrNoWords(String phrase) {
        assertThat(SampleSanitiser.sanitise(phrase)).isEmpty();
    }

    @Test
    void dropsPhrasesLongerThanAlexaAllows() {
        String words = "very ".repeat(40) + "long";
        assertThat(words.length()).isGreaterThan(SampleSanitiser.MAX_LENGTH);
        assertThat(SampleSanitiser.sanitise(words)).isEmpty();
        assertThat(SampleSanitiser.sanitise(words.substring(0, SampleSanitiser.MAX_LENGTH))).isPresent();
    }
}
