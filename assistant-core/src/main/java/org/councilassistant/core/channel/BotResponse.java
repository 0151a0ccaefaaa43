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
 */
public record BotResponse(List<Reply> replies, String intent, double confidence, String articleId,
        List<String> suggestions, boolean offerHandoff) {

    public BotResponse {
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
    }

    public static BotResponse say(String text) {
        return new BotResponse(List.of(Reply.of(text)), null, 0.0, null, List.of(), false);
    }

    public static BotResponse say(Reply reply) {
        return new BotResponse(List.of(reply), null, 0.0, null, List.of(), false);
    }

    public BotResponse withSuggestions(List<String> newSuggestions) {
        return new BotResponse(replies, intent, confidence, articleId, newSuggestions, offerHandoff);
    }

    public BotResponse withArticle(String newArticleId) {
        return new BotResponse(replies, intent, confidence, newArticleId, suggestions, offerHandoff);
    }

    public BotResponse offeringHandoff() {
        return new BotResponse(replies, intent, confidence, articleId, suggestions, true);
    }

    public BotResponse understoodAs(String newIntent, double newConfidence) {
        return new BotResponse(replies, newIntent, newConfidence, articleId, suggestions, offerHandoff);
    }
}
