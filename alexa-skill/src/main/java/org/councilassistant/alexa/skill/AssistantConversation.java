package org.councilassistant.alexa.skill;

import java.util.Map;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.conversation.UnknownSessionException;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/**
 * Passes what the resident said on Alexa to the same conversation engine web chat uses, keeping the engine's
 * session id in the Alexa session's attributes so that a multi-turn task carries on across requests.
 */
public final class AssistantConversation {

    public static final String CHANNEL = "alexa";
    static final String SESSION_ATTRIBUTE = "assistantSessionId";
    /** Set when the resident opened the skill, so answers ask "anything else?" rather than end the session. */
    static final String CONVERSATIONAL_ATTRIBUTE = "conversational";

    private final ConversationEngine engine;

    public AssistantConversation(ConversationEngine engine) {
        this.engine = engine;
    }

    /**
     * @param text the resident's words (or, for an intent Alexa resolved, words that stand for them)
     * @param resolvedIntent the catalogue intent Alexa recognised, or null to let the engine classify {@code text}
     */
    public BotResponse say(HandlerInput input, String text, String resolvedIntent) {
        Map<String, Object> attributes = input.getAttributesManager().getSessionAttributes();
        Object known = attributes.get(SESSION_ATTRIBUTE);
        String sessionId = known instanceof String id ? id : startSession(attributes);
        try {
            return engine.handle(new UserMessage(sessionId, text, CHANNEL, resolvedIntent));
        } catch (UnknownSessionException expired) {
            return engine.handle(new UserMessage(startSession(attributes), text, CHANNEL, resolvedIntent));
        }
    }

    public static void markConversational(HandlerInput input) {
        input.getAttributesManager().getSessionAttributes().put(CONVERSATIONAL_ATTRIBUTE, true);
    }

    public static boolean isConversational(HandlerInput input) {
        return Boolean.TRUE.equals(input.getAttributesManager().getSessionAttributes().get(CONVERSATIONAL_ATTRIBUTE));
    }

    private String startSession(Map<String, Object> attributes) {
        String id = engine.start(CHANNEL).id();
        attributes.put(SESSION_ATTRIBUTE, id);
        return id;
    }
}
