package org.councilassistant.server;

import java.time.Clock;
import java.util.List;


import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.knowledge.KnowledgeAnswerer;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.session.SessionStore;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.IntentModelStore;
import org.councilassistant.intents.training.TrainerSettings;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the intent model, the knowledge base and the conversation engine. */
@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/London"));
    }

    @Bean
    IntentCatalogue intentCatalogue() {
        return IntentCatalogue.load();
    }

    @Bean
    IntentClassifier intentClassifier(IntentCatalogue catalogue, AssistantProperties properties) {
        return new IntentModelStore(properties.modelDir(), TrainerSettings.defaults())
                .loadOrTrain(CouncilTrainingData.load(catalogue, "en"));
    }

    @Bean
    SessionStore sessionStore(AssistantProperties properties, Clock clock) {
        return new SessionStore(properties.sessionIdleTimeout(), properties.maxSessions(), clock);
    }

    @Bean
    EngineSettings engineSettings(AssistantProperties properties) {
        return new EngineSettings(properties.topicSwitchConfidence(), properties.minimumCoverage(),
                properties.minimumSearchScore());
    }

    @Bean
    KnowledgeAnswerer knowledgeAnswerer(KnowledgeBase knowledgeBase, EngineSettings settings) {
        return new KnowledgeAnswerer(knowledgeBase, settings);
    }

    @Bean
    ConversationEngine conversationEngine(SessionStore sessions, IntentClassifier classifier,
            IntentCatalogue catalogue, List<Dialogue> dialogues, KnowledgeAnswerer answerer,
            EngineSettings settings, Clock clock) {
        return new ConversationEngine(sessions, classifier, catalogue, dialogues, answerer, settings,
                AssistantMessages.english(), clock);
    }
}
