package org.councilassistant.alexa.skill;

import static org.councilassistant.alexa.skill.HandlerInputs.intentName;
import static org.councilassistant.alexa.skill.HandlerInputs.slot;

import java.util.Optional;

import org.councilassistant.alexa.model.AlexaIntentNames;
import org.councilassistant.alexa.speech.VoiceResponder;
import org.councilassistant.intents.CouncilIntents;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

/** Bin day and missed bin: the address comes from the device's postcode. */
final class BinIntentHandler implements RequestHandler {

    private final AssistantConversation conversation;
    private final DevicePostcode devicePostcode;
    private final VoiceResponder voice;

    BinIntentHandler(AssistantConversation conversation, DevicePostcode devicePostcode, VoiceResponder voice) {
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
