package org.councilassistant.knowledgebase.notice;

import java.time.Instant;
import java.util.List;

/**
 * A notice as staff write it.
 *
 * @param message what the assistant says first, e.g. "Bin collections are running a day late this week."
 * @param intents the intents it applies to, one or more
 * @param startsAt when it starts being said
 * @param expiresAt when it stops (exclusive)
 */
public record NoticeDraft(String message, List<String> intents, Instant startsAt, Instant expiresAt) {

    public NoticeDraft {
        intents = intents == null ? List.of() : List.copyOf(intents);
    }
}
