package org.councilassistant.core.session;

import java.time.Instant;
import java.util.List;

/** Something that happened in a conversation, kept in order as its transcript. */
public sealed interface SessionEvent permits SessionEvent.UserSaid, SessionEvent.BotReplied {

    Instant at();

    /** The resident's message and how it was understood. */
    record UserSaid(Instant at, String text, String intent, double confidence) implements SessionEvent {
    }

    /** What the assistant answered. */
    record BotReplied(Instant at, List<String> texts, String articleId) implements SessionEvent {

        public BotReplied {
            texts = List.copyOf(texts);
        }
    }
}
