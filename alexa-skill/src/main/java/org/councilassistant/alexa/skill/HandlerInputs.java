package org.councilassistant.alexa.skill;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.request.RequestHelper;

/** Reading the intent and slots of a request. */
final class HandlerInputs {

    private HandlerInputs() {
    }

    static String intentName(HandlerInput input) {
        return RequestHelper.forHandlerInput(input).getIntentName();
    }

    static Optional<String> slot(HandlerInput input, String name) {
        return RequestHelper.forHandlerInput(input).getSlotValue(name).map(String::strip).filter(v -> !v.isEmpty());
    }
}
