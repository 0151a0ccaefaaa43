package org.councilassistant.alexa.skill;

import static org.councilassistant.alexa.skill.HandlerInputs.slot;

import java.util.Optional;

import org.councilassistant.alexa.model.AlexaIntentNames;
import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** "Number 4": the answer to the engine's "What's your house number?". */
final class HouseNumberIntentHandler implements RequestHandler {

    private final AssistantConversation conversation;
    private final VoiceResponder voice;

    HouseNumberIntentHandler(AssistantConversation conversation, VoiceResponder voice) {
        this.conversation = conversation;
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.intentName(AlexaIntentNames.HOUSE_NUMBER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> number = slot(input, AlexaIntentNames.HOUSE_NUMBER_SLOT).filter(n -> n.matches("\\d{1,4}"));
        if (number.isEmpty()) {
            return voice.askAgain(input, "didNotHear", "houseNumber.reprompt");
        }
        return voice.answer(input, conversation.say(input, "number " + number.get(), null),
                AssistantConversation.isConversational(input));
    }
}
