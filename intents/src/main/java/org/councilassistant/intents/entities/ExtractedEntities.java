package org.councilassistant.intents.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything the extractors found in one message. */
public record ExtractedEntities(
        Optional<Postcode> postcode, Optional<String> houseNumber, Optional<LocalDate> date, List<BinType> binTypes) {

    public ExtractedEntities {
        binTypes = List.copyOf(binTypes);
    }
}
