package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** AMAZON.StopIntent and AMAZON.CancelIntent: say goodbye and end the session. */
final class StopIntentHandler implements RequestHandler {

    private final VoiceResponder voice;

    StopIntentHandler(VoiceResponder voice) {
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.intentName("AMAZON.StopIntent")
                .or(Predicates.intentName("AMAZON.CancelIntent")));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return voice.tell(input, "goodbye");
    }
}
