package org.councilassistant.webchat.http;

import java.util.List;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.HandoffState;
import org.councilassistant.intents.language.Language;

/**
 * The assistant's answer to one message, as the widget reads it.
 *
 * @param handoff where the resident stands with a person, e.g. {@code {"status": "queued", "position": 3}}; null
 *     when no handoff is under way. While queued or connected, {@code replies} is empty: a person will answer.
 * @param language the conversation's language after this message, {@code en} or {@code cy}, so the widget can
 *     show its own labels in it
 */
public record ChatResponse(List<ChatReply> replies, String intent, double confidence, String articleId,
        List<String> suggestions, boolean offerHandoff, HandoffView handoff, String language) {

    /** The resident's side of a handoff: {@code queued} (with position), {@code connected}, {@code ended},
     * {@code cancelled}, or {@code callback} (contact centre closed: a callback request may be left). */
    public record HandoffView(String status, Integer position) {

        static HandoffView of(HandoffState state) {
            return state == null ? null
                    : new HandoffView(state.status(), "queued".equals(state.status()) ? state.position() : null);
        }
    }

    /** One message bubble. */
    public record ChatReply(String text, List<ChatLink> links) {
    }

    /** A link under a message. */
    public record ChatLink(String label, String url) {
    }

    static ChatResponse from(BotResponse response, Language language) {
        List<ChatReply> replies = response.replies().stream()
                .map(reply -> new ChatReply(reply.text(),
                        reply.links().stream().map(link -> new ChatLink(link.label(), link.url())).toList()))
                .toList();
        return new ChatResponse(replies, response.intent(), Math.round(response.confidence() * 1000) / 1000.0,
                response.articleId(), response.suggestions(), response.offerHandoff(),
                HandoffView.of(response.handoff()), language.code());
    }
}
