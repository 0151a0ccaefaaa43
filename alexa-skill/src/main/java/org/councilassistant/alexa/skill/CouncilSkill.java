package org.councilassistant.alexa.skill;

import org.councilassistant.alexa.speech.VoicePrompts;
import org.councilassistant.alexa.speech.VoiceResponder;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.model.services.ApiClient;

/**
 * Builds the ASK SDK skill and registers its handlers, one per intent or request type, most specific first (the
 * SDK takes the first that can handle a request). The built-ins and the skill's own prompts come first, then the
 * intents answered by the shared conversation engine, then the catch-alls.
 */
public final class CouncilSkill {

    private CouncilSkill() {
    }

    /**
     * @param skillId the skill's id, checked by the SDK against every request; null or blank to skip (only for
     *     local testing: request verification also checks it)
     * @param apiClient how the SDK calls Alexa's APIs (the Device Address API)
     * @param council the council the skill speaks for: its name, and the number given when something goes wrong
     * @param staffIntents the intents staff added, whose requests go to the engine as resolved intents
     */
    public static Skill build(ConversationEngine engine, IntentCatalogue catalogue, StaffIntents staffIntents,
            ApiClient apiClient, String skillId, Council council) {
        VoiceResponder voice = new VoiceResponder(new VoicePrompts(council));
        AssistantConversation conversation = new AssistantConversation(engine);
        CustomSkillBuilder builder = new CustomSkillBuilder()
                .addRequestHandlers(
                        new LaunchRequestHandler(voice),
                        new SessionEndedRequestHandler(),
                        new HelpIntentHandler(voice),
                        new StopIntentHandler(voice),
                        new NavigateHomeIntentHandler(voice),
                        new BinIntentHandler(conversation, new DevicePostcode(), voice),
                        new HouseNumberIntentHandler(conversation, voice),
                        new AskQuestionIntentHandler(conversation, voice),
                        new YesNoIntentHandler(conversation, voice),
                        new CatalogueIntentHandler(conversation, catalogue, voice),
                        new StaffIntentHandler(conversation, staffIntents, voice),
                        new FallbackIntentHandler(voice),
                        new OtherRequestHandler())
                .addExceptionHandler(new SkillExceptionHandler(voice))
                .withApiClient(apiClient);
        if (skillId != null && !skillId.isBlank()) {
            builder.withSkillId(skillId);
        }
        return builder.build();
    }
}
