package org.councilassistant.alexa.skill;

import static org.councilassistant.alexa.skill.HandlerInputs.intentName;

import java.util.Optional;

import org.councilassistant.alexa.model.AlexaIntentNames;
import org.councilassistant.alexa.speech.VoiceResponder;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.training.CouncilTrainingData;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/**
 * Every other catalogue intent. Alexa gives the intent but not the words, so the engine is told the intent
 * and given the intent's first training phrase, its plainest wording ("pay my council tax"), to rank that
 * intent's articles with.
 */
final class CatalogueIntentHandler implements RequestHandler {

    private final AssistantConversation conversation;
    private final IntentCatalogue catalogue;
    private final VoiceResponder voice;

    CatalogueIntentHandler(AssistantConversation conversation, IntentCatalogue catalogue, VoiceResponder voice) {
        this.conversation = conversation;
        this.catalogue = catalogue;
        this.voice = voice;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(IntentRequest.class))
                && AlexaIntentNames.catalogueIntentOf(intentName(input)).flatMap(catalogue::find).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        IntentDefinition intent = AlexaIntentNames.catalogueIntentOf(intentName(input))
                .flatMap(catalogue::find).orElseThrow();
        String words = CouncilTrainingData.plainestWording(intent.id());
        return voice.answer(input, conversation.say(input, words, intent.id()),
                AssistantConversation.isConversational(input));
    }
}
