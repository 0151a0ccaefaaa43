package org.councilassistant.intents.entities;

import java.time.LocalDate;

/** Runs every extractor over a message. Thread-safe. */
public final class EntityExtractor {

    private final PostcodeExtractor postcodes = new PostcodeExtractor();
    private final HouseNumberExtractor houseNumbers = new HouseNumberExtractor();
    private final DateExtractor dates = new DateExtractor();
    private final BinTypeExtractor binTypes = new BinTypeExtractor();

    public ExtractedEntities extract(String text, LocalDate today, DateDirection direction) {
        return new ExtractedEntities(
                postcodes.extract(text),
                houseNumbers.extract(text),
                dates.extract(text, today, direction),
                binTypes.extract(text));
    }
}
