package org.councilassistant.alexa.model;

import java.util.List;

import org.councilassistant.alexa.model.InteractionModel.Intent;
import org.councilassistant.alexa.model.InteractionModel.Slot;

/**
 * Intents the skill needs although the catalogue has no such intent: Alexa cannot hand over free text,
 * so house numbers and open questions need slots of their own, and Amazon's built-ins cover help, stop
 * and the rest in words Alexa already knows.
 */
final class AlexaOnlyIntents {

    static final String NUMBER_TYPE = "AMAZON.NUMBER";
    static final String SEARCH_QUERY_TYPE = "AMAZON.SearchQuery";

    static final List<String> BUILT_INS = List.of(
            "AMAZON.HelpIntent",
            "AMAZON.StopIntent",
            "AMAZON.CancelIntent",
            "AMAZON.FallbackIntent",
            "AMAZON.NavigateHomeIntent",
            "AMAZON.YesIntent",
            "AMAZON.NoIntent");

    private static final String HOUSE_NUMBER = "{" + AlexaIntentNames.HOUSE_NUMBER_SLOT + "}";
    private static final String QUERY = "{" + AlexaIntentNames.QUERY_SLOT + "}";

    private AlexaOnlyIntents() {
    }

    static Intent houseNumber() {
        return new Intent(AlexaIntentNames.HOUSE_NUMBER,
                List.of(new Slot(AlexaIntentNames.HOUSE_NUMBER_SLOT, NUMBER_TYPE)),
                List.of(HOUSE_NUMBER,
                        "number " + HOUSE_NUMBER,
                        "it's number " + HOUSE_NUMBER,
                        "it's " + HOUSE_NUMBER,
                        "i live at number " + HOUSE_NUMBER,
                        "i'm at number " + HOUSE_NUMBER,
                        "we're at number " + HOUSE_NUMBER,
                        "house number " + HOUSE_NUMBER,
                        "my house number is " + HOUSE_NUMBER,
                        "the house number is " + HOUSE_NUMBER,
                        "flat " + HOUSE_NUMBER,
                        "flat number " + HOUSE_NUMBER));
    }

    /** AMAZON.SearchQuery needs a carrier phrase around the slot in every sample. */
    static Intent askQuestion() {
        return new Intent(AlexaIntentNames.ASK_QUESTION,
                List.of(new Slot(AlexaIntentNames.QUERY_SLOT, SEARCH_QUERY_TYPE)),
                List.of("ask about " + QUERY,
                        "tell me about " + QUERY,
                        "i have a question about " + QUERY,
                        "i want to know about " + QUERY,
                        "i'd like to know about " + QUERY,
                        "search for " + QUERY,
                        "look up " + QUERY,
                        "find information about " + QUERY,
                        "what does the council say about " + QUERY,
                        "what's the council's advice on " + QUERY));
    }

    static List<Intent> builtIns() {
        return BUILT_INS.stream().map(Intent::builtIn).toList();
    }
}
