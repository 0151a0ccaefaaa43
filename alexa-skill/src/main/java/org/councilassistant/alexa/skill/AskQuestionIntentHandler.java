package org.councilassistant.alexa.skill;

import static org.councilassistant.alexa.skill.HandlerInputs.slot;

import java.util.Optional;

import org.councilassistant.alexa.model.AlexaIntentNames;
import org.councilassistant.alexa.speech.VoiceResponder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** A free question ("ask about recycling christmas trees"), classified and answered by the engine. */
final class AskQuestionIntentHandler implements RequestHandler {

    private final AssistantConversation conversation;
    private final VoiceResponder voice;

    AskQuestionIntentHandler(AssistantConversation conversation, VoiceResponder voice) {
        this.conversation = conversation;
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.intentName(AlexaIntentNames.ASK_QUESTION));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> query = slot(input, AlexaIntentNames.QUERY_SLOT);
        if (query.isEmpty()) {
            return voice.askAgain(input, "didNotHear", "help.reprompt");
        }
        return voice.answer(input, conversation.say(input, query.get(), null),
                AssistantConversation.isConversational(input));
    }
}
