package org.councilassistant.core.handoff;

import java.time.Instant;

/**
 * One message of a stored conversation. Residents' messages are stored redacted.
 *
 * @param agent the agent's username for {@link Sender#AGENT} messages, else null
 * @param intent how the assistant understood a resident's message, or null
 * @param confidence the classifier's confidence in {@code intent}, or null
 * @param articleId the article an assistant answer came from, or null
 */
public record TranscriptMessage(long id, String conversationId, Instant sentAt, Sender sender, String agent,
        String text, String intent, Double confidence, String articleId) {
}
