package org.councilassistant.alexa.skill;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

/** Anything that goes wrong while answering: logged for us, an apology and the phone number for the resident. */
final class SkillExceptionHandler implements ExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SkillExceptionHandler.class);

    private final VoiceResponder voice;

    SkillExceptionHandler(VoiceResponder voice) {
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        log.error("Alexa request {} failed", input.getRequestEnvelope().getRequest().getRequestId(), throwable);
        return voice.tell(input, "error");
    }
}
