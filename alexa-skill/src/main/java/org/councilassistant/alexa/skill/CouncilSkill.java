package org.councilassistant.alexa.skill;

import org.councilassistant.alexa.speech.VoicePrompts;
import org.councilassistant.alexa.speech.VoiceResponder;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.intents.catalogue.IntentCatalogue;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.model.services.ApiClient;

/** Builds the ASK SDK skill: one handler per kind of request, most specific first (the SDK takes the first match). */
public final class CouncilSkill {

    private CouncilSkill() {
    }

    /**
     * @param skillId the skill's id, checked by the SDK against every request; null or blank to skip (only for
     *     local testing: request verification also checks it)
     * @param apiClient how the SDK calls Alexa's APIs (the Device Address API)
     * @param phone the contact centre's number, given when something goes wrong
     */
    public static Skill build(ConversationEngine engine, IntentCatalogue catalogue, ApiClient apiClient,
            String skillId, String phone) {
        VoiceResponder voice = new VoiceResponder(new VoicePrompts());
        AssistantConversation conversation = new AssistantConversation(engine);
        CustomSkillBuilder builder = new CustomSkillBuilder()
                .addRequestHandlers(
                        new SkillPrompts.Launch(voice),
                        new SkillPrompts.SessionEnded(),
                        new SkillPrompts.Help(voice),
                        new SkillPrompts.StopOrCancel(voice),
                        new SkillPrompts.NavigateHome(voice),
                        new EngineIntents.AddressTask(conversation, new DevicePostcode(), voice),
                        new EngineIntents.HouseNumber(conversation, voice),
                        new EngineIntents.Question(conversation, voice),
                        new EngineIntents.YesOrNo(conversation, voice),
                        new EngineIntents.CatalogueIntent(conversation, catalogue, voice),
                        new SkillPrompts.Fallback(voice),
                        new SkillPrompts.OtherRequests())
                .addExceptionHandler(new SkillErrors(voice, phone))
                .withApiClient(apiClient);
        if (skillId != null && !skillId.isBlank()) {
            builder.withSkillId(skillId);
        }
        return builder.build();
    }
}
