package org.councilassistant.knowledgebase.notice;

import java.time.Instant;
import java.util.List;

/** A time-limited notice the assistant states before answering any of its intents, e.g. during a disruption. */
public record ServiceNotice(
        long id,
        String message,
        List<String> intents,
        Instant startsAt,
        Instant expiresAt,
        String author,
        Instant createdAt,
        Instant updatedAt) {

    public ServiceNotice {
        intents = List.copyOf(intents);
    }

    /** Whether it is said at {@code now}: from its start, up to but not at its expiry. */
    public boolean isActiveAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(expiresAt);
    }
}
