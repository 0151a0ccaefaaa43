package org.councilassistant.core.service.bins;

import java.time.LocalDate;
import java.util.Objects;

import org.councilassistant.intents.entities.BinType;

/** One collection of one bin: the day it happens and the day it would have happened without a bank holiday. */
public record Collection(BinType binType, LocalDate date, LocalDate usualDate) {

    public Collection {
        Objects.requireNonNull(binType, "binType");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(usualDate, "usualDate");
    }

    /** True when a bank holiday has moved this collection off its usual day. */
    public boolean moved() {
        return !date.equals(usualDate);
    }
}
