package org.councilassistant.alexa.skill;

import static org.councilassistant.alexa.skill.HandlerInputs.intentName;

import java.util.Optional;

import org.councilassistant.alexa.model.AlexaIntentNames;
import org.councilassistant.alexa.speech.VoiceResponder;
import org.councilassistant.core.staffintent.StaffIntent;
import org.councilassistant.core.staffintent.StaffIntents;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/**
 * An intent staff added from the console, once its samples are in the skill's model: no code knows its name, so
 * the engine is told the intent Alexa resolved, with the intent's first English phrase standing for the words.
 */
final class StaffIntentHandler implements RequestHandler {

    private final AssistantConversation conversation;
    private final StaffIntents staffIntents;
    private final VoiceResponder voice;

    StaffIntentHandler(AssistantConversation conversation, StaffIntents staffIntents, VoiceResponder voice) {
        this.conversation = conversation;
        this.staffIntents = staffIntents;
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(IntentRequest.class)) && staffIntent(input).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        StaffIntent intent = staffIntent(input).orElseThrow();
        return voice.answer(input, conversation.say(input, intent.plainestWording(), intent.name()),
                AssistantConversation.isConversational(input));
    }

    private Optional<StaffIntent> staffIntent(HandlerInput input) {
        return AlexaIntentNames.intentNameOf(intentName(input)).flatMap(staffIntents::find);
    }
}
