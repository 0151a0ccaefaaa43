package org.councilassistant.core.conversation;

import java.util.List;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.intents.CouncilIntents;

/** The assistant's fixed replies: small talk and the honest "I can't help". */
final class StockReplies {

    private StockReplies() {
    }

    static BotResponse smallTalk(String intent, AssistantMessages messages) {
        return switch (intent) {
            case CouncilIntents.GREETING -> BotResponse.say(messages.text("greeting")).withSuggestions(starters(messages));
            case CouncilIntents.THANKS -> BotResponse.say(messages.text("thanks"));
            case CouncilIntents.GOODBYE -> BotResponse.say(messages.text("goodbye"));
            default -> BotResponse.say(messages.text("help")).withSuggestions(starters(messages));
        };
    }

    static BotResponse cannotHelp(AssistantMessages messages) {
        return BotResponse.say(messages.text("cannotHelp"))
                .withSuggestions(List.of(messages.text("suggestion.person"), messages.text("suggestion.binDay"),
                        messages.text("suggestion.councilTax")))
                .offeringHandoff();
    }

    static List<String> starters(AssistantMessages messages) {
        return List.of(messages.text("suggestion.binDay"), messages.text("suggestion.councilTax"),
                messages.text("suggestion.missedBin"), messages.text("suggestion.person"));
    }
}
