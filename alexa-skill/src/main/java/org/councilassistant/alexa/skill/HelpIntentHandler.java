package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

final class HelpIntentHandler implements RequestHandler {

    private final VoiceResponder voice;

    HelpIntentHandler(VoiceResponder voice) {
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.intentName("AMAZON.HelpIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AssistantConversation.markConversational(input);
        return voice.ask(input, "help", "help.reprompt");
    }
}
