package org.councilassistant.core.handoff;

import java.time.Instant;

/**
 * A message about to be stored in a conversation's transcript; the database gives it its id. Residents' words
 * must already be redacted.
 *
 * @param agent the agent's username for {@link Sender#AGENT} messages, else null
 * @param intent how the assistant understood a resident's message, or null
 * @param confidence the classifier's confidence in {@code intent}, or null
 * @param articleId the article an assistant answer came from, or null
 */
public record TranscriptEntry(Instant sentAt, Sender sender, String agent, String text, String intent,
        Double confidence, String articleId) {

    /** A message with nothing but its sender and text, such as a system notice. */
    public static TranscriptEntry of(Instant sentAt, Sender sender, String text) {
        return new TranscriptEntry(sentAt, sender, null, text, null, null, null);
    }
}
