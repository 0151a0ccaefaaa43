package org.councilassistant.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTests {

    /** Wednesday 25 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final DateExtractor extractor = new DateExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "is it tomorrow?|2026-11-26",
        "today|2026-11-25",
        "what about the day after tomorrow|2026-11-27",
        "next Tuesday|2026-12-01",
        "next wednesday|2026-12-02",
        "on friday|2026-11-27",
        "on wednesday|2026-11-25",
        "on the 25th|2026-11-25",
        "on the 3rd|2026-12-03",
        "the 31st|2026-12-31",
        "25 December|2026-12-25",
        "2nd of Jan|2027-01-02",
        "December 2nd|2026-12-02",
        "25/12/2026|2026-12-25",
        "1/2/27|2027-02-01",
        "3 march 2027|2027-03-03"
    })
    void resolvesFutureDates(String text, LocalDate expected) {
        assertThat(extractor.extract(text, TODAY, DateDirection.FUTURE)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my bin wasn't emptied yesterday|2026-11-24",
        "it was supposed to go on tuesday|2026-11-24",
        "last Wednesday|2026-11-18",
        "on the 30th|2026-10-30",
        "on the 20th|2026-11-20",
        "tues|2026-11-24"
    })
    void resolvesPastDatesForReports(String text, LocalDate expected) {
        assertThat(extractor.extract(text, TODAY, DateDirection.PAST)).contains(expected);
    }

    @Test
    void findsNoDateWhereThereIsNone() {
        assertThat(extractor.extract("how do I pay my council tax", TODAY, DateDirection.FUTURE)).isEmpty();
        assertThat(extractor.extract("notice of marriage", TODAY, DateDirection.FUTURE)).isEmpty();
        assertThat(extractor.extract("31/02/2026", TODAY, DateDirection.FUTURE)).isEmpty();
    }
}
