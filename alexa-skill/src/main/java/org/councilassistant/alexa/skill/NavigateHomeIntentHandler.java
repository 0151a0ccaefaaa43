package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** AMAZON.NavigateHomeIntent: back to the start of the skill. */
final class NavigateHomeIntentHandler implements RequestHandler {

    private final VoiceResponder voice;

    NavigateHomeIntentHandler(VoiceResponder voice) {
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.intentName("AMAZON.NavigateHomeIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AssistantConversation.markConversational(input);
        return voice.ask(input, "welcome", "welcome.reprompt");
    }
}
