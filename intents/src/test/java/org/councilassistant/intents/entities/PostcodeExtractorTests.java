package org.councilassistant.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeExtractorTests {

    private final PostcodeExtractor extractor = new PostcodeExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my postcode is bk1 2ab|BK1 2AB",
        "BK12AB|BK1 2AB",
        "it's BK1    2AB thanks|BK1 2AB",
        "Bk3 9zz?|BK3 9ZZ",
        "SW1A 1AA is the palace|SW1A 1AA",
        "w1a0ax|W1A 0AX",
        "EC1A1BB|EC1A 1BB",
        "m1 1ae|M1 1AE",
        "cr2 6xh|CR2 6XH",
        "dn55 1pt|DN55 1PT",
        "(BK4 7HW)|BK4 7HW",
        "GIR 0AA|GIR 0AA"
    })
    void normalisesPostcodesWrittenAnyWay(String text, String expected) {
        assertThat(extractor.extract(text)).get().hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "when is my bin day",
        "QK1 2AB",           // Q never starts a postcode
        "BK1 2CI",           // C and I never appear in the inward code
        "BJ1 2AB",           // J never second
        "12345",
        "XBK1 2ABX",         // embedded in a longer token
        "BK1 2A"
    })
    void rejectsTextThatIsNotAValidPostcode(String text) {
        assertThat(extractor.extract(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"bk1 2ab,BK1 2AB", "  BK12AB ,BK1 2AB"})
    void parsesAWholeAnswerAsAPostcode(String text, String expected) {
        assertThat(extractor.parse(text)).get().hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my house", "BK1", "BK1 2AB please"})
    void refusesToParseAnythingButAPostcode(String text) {
        assertThat(extractor.parse(text)).isEmpty();
    }
}
