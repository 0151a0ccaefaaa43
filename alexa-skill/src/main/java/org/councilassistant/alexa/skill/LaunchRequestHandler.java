package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** "Alexa, open [the council's invocation name]": a welcome with examples, and the session stays open. */
final class LaunchRequestHandler implements RequestHandler {

    private final VoiceResponder voice;

    LaunchRequestHandler(VoiceResponder voice) {
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AssistantConversation.markConversational(input);
        return voice.ask(input, "welcome", "welcome.reprompt");
    }
}
