package org.councilassistant.webchat.http;

import java.util.List;

import org.councilassistant.core.channel.BotResponse;

/** The assistant's answer to one message, as the widget reads it. */
public record ChatResponse(List<ChatReply> replies, String intent, double confidence, String articleId,
        List<String> suggestions, boolean offerHandoff) {

    /** One message bubble. */
    public record ChatReply(String text, List<ChatLink> links) {
    }

    /** A link under a message. */
    public record ChatLink(String label, String url) {
    }

    static ChatResponse from(BotResponse response) {
        List<ChatReply> replies = response.replies().stream()
                .map(reply -> new ChatReply(reply.text(),
                        reply.links().stream().map(link -> new ChatLink(link.label(), link.url())).toList()))
                .toList();
        return new ChatResponse(replies, response.intent(), Math.round(response.confidence() * 1000) / 1000.0,
                response.articleId(), response.suggestions(), response.offerHandoff());
    }
}
