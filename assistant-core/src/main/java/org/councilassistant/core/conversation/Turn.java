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
 */
public record Turn(ConversationSession session, String text, Classification classification,
        ExtractedEntities entities, LocalDate today, AssistantMessages messages) {
}
