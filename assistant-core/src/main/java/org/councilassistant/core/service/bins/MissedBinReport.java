package org.councilassistant.core.service.bins;

import java.time.Instant;
import java.time.LocalDate;

import org.councilassistant.intents.entities.BinType;

/** A resident's report that a bin was not emptied on its collection day. */
public record MissedBinReport(String uprn, String address, BinType binType, LocalDate dueDate, String channel,
        Instant reportedAt) {
}
