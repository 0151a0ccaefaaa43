package org.councilassistant.core.channel;

/**
 * What a resident said, as every channel hands it to the engine.
 *
 * @param sessionId the conversation it belongs to
 * @param text the resident's words
 * @param channel where it came from, e.g. {@code webchat}
 * @param resolvedIntent an intent the channel already knows (Alexa resolves its own), or null to classify
 */
public record UserMessage(String sessionId, String text, String channel, String resolvedIntent) {

    public static UserMessage text(String sessionId, String text, String channel) {
        return new UserMessage(sessionId, text, channel, null);
    }
}
