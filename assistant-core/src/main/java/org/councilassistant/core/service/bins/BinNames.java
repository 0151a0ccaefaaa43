package org.councilassistant.core.service.bins;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.intents.entities.BinType;

/** How bins and collection dates are named to residents ("blue recycling bin", "Tuesday 1 December"). */
final class BinNames {

    private BinNames() {
    }

    static String bin(BinType type, AssistantMessages messages) {
        return messages.text("bins.name." + type.name());
    }

    static String date(LocalDate date, AssistantMessages messages) {
        return DateTimeFormatter.ofPattern(messages.text("date.pattern"), messages.locale()).format(date);
    }

    /** The date, with the usual day it moved from when a bank holiday moved it. */
    static String when(Collection collection, AssistantMessages messages) {
        String date = date(collection.date(), messages);
        return collection.moved()
                ? messages.text("bins.moved", date, date(collection.usualDate(), messages))
                : date;
    }
}
