package org.councilassistant.alexa.skill;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.councilassistant.alexa.model.AlexaIntentNames;
import org.councilassistant.alexa.speech.VoiceResponder;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.training.CouncilTrainingData;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.amazon.ask.request.RequestHelper;

/**
 * Intents whose answer comes from the conversation engine, exactly as on web chat: the catalogue's intents
 * (Alexa has already recognised them), free questions, house numbers and yes/no answers to the engine's
 * questions. None of the dialogue logic lives here.
 */
final class EngineIntents {

    private EngineIntents() {
    }

    /** Bin day and missed bin: the address comes from the device's postcode. */
    static final class AddressTask implements RequestHandler {

        private final AssistantConversation conversation;
        private final DevicePostcode devicePostcode;
        private final VoiceResponder voice;

        AddressTask(AssistantConversation conversation, DevicePostcode devicePostcode, VoiceResponder voice) {
            this.conversation = conversation;
            this.devicePostcode = devicePostcode;
            this.voice = voice;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName(AlexaIntentNames.forCatalogueIntent(CouncilIntents.BIN_COLLECTION_DAY))
                    .or(Predicates.intentName(AlexaIntentNames.forCatalogueIntent(CouncilIntents.MISSED_BIN))));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            String intent = AlexaIntentNames.catalogueIntentOf(intentName(input)).orElseThrow();
            DevicePostcode.Result postcode = devicePostcode.lookUp(input);
            if (postcode instanceof DevicePostcode.NoPermission) {
                return voice.askForPermission(input, DevicePostcode.PERMISSION);
            }
            if (postcode instanceof DevicePostcode.NotSet) {
                return voice.tell(input, "address.missing");
            }
            if (postcode instanceof DevicePostcode.Unavailable) {
                return voice.tell(input, "address.unavailable");
            }
            String bin = slot(input, AlexaIntentNames.BIN_TYPE_SLOT).orElse("");
            String words = (bin + " " + ((DevicePostcode.Found) postcode).postcode()).strip();
            return voice.answer(input, conversation.say(input, words, intent),
                    AssistantConversation.isConversational(input));
        }
    }

    /** "Number 4": the answer to the engine's "What's your house number?". */
    static final class HouseNumber implements RequestHandler {

        private final AssistantConversation conversation;
        private final VoiceResponder voice;

        HouseNumber(AssistantConversation conversation, VoiceResponder voice) {
            this.conversation = conversation;
            this.voice = voice;
        }

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName(AlexaIntentNames.HOUSE_NUMBER));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            Optional<String> number = slot(input, AlexaIntentNames.HOUSE_NUMBER_SLOT).filter(n -> n.matches("\\d{1,4}"));
            if (number.isEmpty()) {
                return voice.askAgain(input, "didNotHear", "houseNumber.reprompt");
            }
            return voice.answer(input, conversation.say(input, "number " + number.get(), null),
                    AssistantConversation.isConversational(input));
        }
    }

    /** A free question ("ask about recycling christmas trees"), classified and answered by the engine. */
    static final class Question implements RequestHandler {

        private final AssistantConversation conversation;
        private final VoiceResponder voice;

        Question(AssistantConversation conversation, VoiceResponder voice) {
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

    /** AMAZON.YesIntent and AMAZON.NoIntent: answers to the engine's yes-or-no questions. */
    static final class YesOrNo implements RequestHandler {

        private final AssistantConversation conversation;
        private final VoiceResponder voice;

        YesOrNo(AssistantConversation conversation, VoiceResponder voice) {
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

    /**
     * Every other catalogue intent. Alexa gives the intent but not the words, so the engine is told the intent
     * and given the intent's first training phrase, its plainest wording ("pay my council tax"), to rank that
     * intent's articles with.
     */
    static final class CatalogueIntent implements RequestHandler {

        private final AssistantConversation conversation;
        private final IntentCatalogue catalogue;
        private final VoiceResponder voice;
        private final Map<String, String> plainestWording = new ConcurrentHashMap<>();

        CatalogueIntent(AssistantConversation conversation, IntentCatalogue catalogue, VoiceResponder voice) {
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
            String words = plainestWording.computeIfAbsent(intent.id(), id -> CouncilTrainingData.phrases("en", id)
                    .stream().findFirst().orElse(id.replace('_', ' ')));
            return voice.answer(input, conversation.say(input, words, intent.id()),
                    AssistantConversation.isConversational(input));
        }
    }

    static String intentName(HandlerInput input) {
        return RequestHelper.forHandlerInput(input).getIntentName();
    }

    static Optional<String> slot(HandlerInput input, String name) {
        return RequestHelper.forHandlerInput(input).getSlotValue(name).map(String::strip).filter(v -> !v.isEmpty());
    }
}
