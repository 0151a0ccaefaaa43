package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** AMAZON.FallbackIntent, and any intent no other handler takes: say what the skill can do. */
final class FallbackIntentHandler implements RequestHandler {

    private final VoiceResponder voice;

    FallbackIntentHandler(VoiceResponder voice) {
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(com.amazon.ask.model.IntentRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AssistantConversation.markConversational(input);
        return voice.ask(input, "fallback", "fallback.reprompt");
    }
}
