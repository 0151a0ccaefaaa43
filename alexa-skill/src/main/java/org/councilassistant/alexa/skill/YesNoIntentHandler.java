package org.councilassistant.alexa.skill;

import static org.councilassistant.alexa.skill.HandlerInputs.intentName;

import java.util.Optional;

import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** AMAZON.YesIntent and AMAZON.NoIntent: answers to the engine's yes-or-no questions. */
final class YesNoIntentHandler implements RequestHandler {

    private final AssistantConversation conversation;
    private final VoiceResponder voice;

    YesNoIntentHandler(AssistantConversation conversation, VoiceResponder voice) {
        this.conversation = conversation;
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.intentName("AMAZON.YesIntent").or(Predicates.intentName("AMAZON.NoIntent")));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        String answer = "AMAZON.YesIntent".equals(intentName(input)) ? "yes" : "no";
        return voice.answer(input, conversation.say(input, answer, null),
                AssistantConversation.isConversational(input));
    }
}
