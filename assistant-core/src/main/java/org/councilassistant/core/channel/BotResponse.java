package org.councilassistant.core.channel;

import java.util.List;

/**
 * Everything the assistant answers to one message, channel-neutral.
 *
 * @param intent the intent the turn was understood as ({@code out_of_scope} when not understood)
 * @param confidence the classifier's confidence in that intent, 0–1
 * @param articleId the knowledge-base article the answer came from, or null
 * @param suggestions short replies the resident can pick
 * @param offerHandoff true when the assistant offers a person
 * @param handoff where the resident stands with a person (queued, connected...), or null when no handoff is under way
 */
public record BotResponse(List<Reply> replies, String intent, double confidence, String articleId,
        List<String> suggestions, boolean offerHandoff, HandoffState handoff) {

    public BotResponse {
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
    }

    public static BotResponse say(String text) {
        return new BotResponse(List.of(Reply.of(text)), null, 0.0, null, List.of(), false, null);
    }

    public static BotResponse say(Reply reply) {
        return new BotResponse(List.of(reply), null, 0.0, null, List.of(), false, null);
    }

    /** No reply: the message went to a person, and the assistant stays silent. */
    public static BotResponse silent(HandoffState handoff) {
        return new BotResponse(List.of(), null, 0.0, null, List.of(), false, handoff);
    }

    public BotResponse withHandoff(HandoffState newHandoff) {
        return new BotResponse(replies, intent, confidence, articleId, suggestions, offerHandoff, newHandoff);
    }

    public BotResponse withSuggestions(List<String> newSuggestions) {
        return new BotResponse(replies, intent, confidence, articleId, newSuggestions, offerHandoff, handoff);
    }

    public BotResponse withArticle(String newArticleId) {
        return new BotResponse(replies, intent, confidence, newArticleId, suggestions, offerHandoff, handoff);
    }

    public BotResponse offeringHandoff() {
        return new BotResponse(replies, intent, confidence, articleId, suggestions, true, handoff);
    }

    public BotResponse understoodAs(String newIntent, double newConfidence) {
        return new BotResponse(replies, newIntent, newConfidence, articleId, suggestions, offerHandoff, handoff);
    }
}
