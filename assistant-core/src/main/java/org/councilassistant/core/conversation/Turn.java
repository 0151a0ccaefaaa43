package org.councilassistant.core.conversation;

import java.time.LocalDate;

import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.intents.Classification;
import org.councilassistant.intents.entities.ExtractedEntities;

/**
 * One resident message being handled: the text, how it was understood, and the conversation it belongs to.
 *
 * @param entities what was found in the text (dates resolved forwards; dialogues that look back re-read them)
 * @param embedding the message's sentence embedding, computed once and shared by the classifier and the search;
 *        null when the conversation's language has no embedding model (Welsh)
 */
public record Turn(ConversationSession session, String text, Classification classification,
        ExtractedEntities entities, LocalDate today, AssistantMessages messages, float[] embedding) {
}
