package org.councilassistant.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HouseNumberExtractorTests {

    private final HouseNumberExtractor extractor = new HouseNumberExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12|12",
        "number 7|7",
        "it's 12a Mill Lane|12A",
        "no. 41 please|41",
        "flat 3|3",
        "BK1 2AB number 14|14",
        "14, BK1 2AB|14",
        "the bin at 221b wasn't emptied|221B"
    })
    void findsTheHouseNumber(String text, String expected) {
        assertThat(extractor.extract(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BK1 2AB",
        "on the 25th",
        "bins out by 7am",
        "it cost £35",
        "in 2026",
        "the 3rd of December",
        "what goes in the blue bin"
    })
    void ignoresNumbersThatAreNotHouseNumbers(String text) {
        assertThat(extractor.extract(text)).isEmpty();
    }
}
