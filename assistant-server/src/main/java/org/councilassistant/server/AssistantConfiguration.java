package org.councilassistant.server;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.core.conversation.TurnObserver;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.core.knowledge.KnowledgeAnswerer;
import org.councilassistant.core.language.LanguageSupport;
import org.councilassistant.core.learning.LiveIntentModel;
import org.councilassistant.core.learning.ModelRetraining;
import org.councilassistant.core.learning.TrainingExamples;
import org.councilassistant.core.session.SessionStore;
import org.councilassistant.core.staffintent.StaffIntentResponder;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.embedding.CachingTextEmbedder;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.language.WelshEnglishDetector;
import org.councilassistant.intents.training.IntentModelStore;
import org.councilassistant.intents.training.IntentTrainer;
import org.councilassistant.intents.training.LabelledExample;
import org.councilassistant.intents.training.TrainerSettings;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.notice.ServiceNotices;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the intent model, the knowledge base and the conversation engine. */
@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

    /** Recent texts whose embeddings are kept: "yes", "no", postcodes, popular questions. */
    private static final long EMBEDDING_CACHE_TEXTS = 10_000;

    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/London"));
    }

    @Bean
    IntentCatalogue intentCatalogue() {
        return IntentCatalogue.load();
    }

    /**
     * The sentence-embedding model, loaded once (about a second) and shared by the English intent model and the
     * knowledge-base search; a resident's message is embedded once per turn, and repeated texts come from a cache.
     */
    @Bean
    TextEmbedder textEmbedder(AssistantProperties properties) {
        return new CachingTextEmbedder(OnnxTextEmbedder.named(properties.embeddingModel()), EMBEDDING_CACHE_TEXTS);
    }

    @Bean
    IntentModelStore englishModelStore(AssistantProperties properties, TextEmbedder textEmbedder) {
        return new IntentModelStore(properties.modelDir(), TrainerSettings.defaults(), textEmbedder);
    }

    /**
     * The English model: the bundled training phrases plus those staff added (and their intents'), retrained when
     * either changes.
     */
    @Bean
    @DependsOnDatabaseInitialization
    LiveIntentModel intentClassifier(IntentModelStore englishModelStore, TrainingExamples trainingExamples) {
        List<LabelledExample> examples = trainingExamples.of(Language.ENGLISH);
        return new LiveIntentModel(englishModelStore.loadOrTrain(examples), examples);
    }

    /** Retrains the English model, compared with the one in use, and the Welsh model with it. */
    @Bean
    ModelRetraining modelRetraining(LiveIntentModel intentClassifier, LiveIntentModel welshIntentClassifier,
            IntentModelStore englishModelStore, TrainingExamples trainingExamples, AssistantProperties properties,
            TextEmbedder textEmbedder) {
        ModelRetraining.Companion welsh = new ModelRetraining.Companion(welshIntentClassifier,
                () -> trainingExamples.of(Language.WELSH), welshModelStore(properties)::loadOrTrain);
        return new ModelRetraining(intentClassifier, () -> trainingExamples.of(Language.ENGLISH),
                new IntentTrainer(TrainerSettings.defaults(), textEmbedder), englishModelStore::loadOrTrain,
                List.of(welsh));
    }

    @Bean
    SessionStore sessionStore(AssistantProperties properties, Clock clock) {
        return new SessionStore(properties.sessionIdleTimeout(), properties.maxSessions(), clock);
    }

    @Bean
    EngineSettings engineSettings(AssistantProperties properties, TextEmbedder textEmbedder) {
        EngineSettings settings = new EngineSettings(properties.topicSwitchConfidence(), properties.minimumCoverage(),
                properties.minimumSearchScore(), textEmbedder.similarityScale());
        return properties.minimumSemanticScore() == null ? settings
                : settings.withMinimumSemanticScore(properties.minimumSemanticScore());
    }

    @Bean
    KnowledgeAnswerer knowledgeAnswerer(KnowledgeBase knowledgeBase, EngineSettings settings) {
        return new KnowledgeAnswerer(knowledgeBase, settings);
    }

    @Bean
    WelshEnglishDetector welshEnglishDetector() {
        return WelshEnglishDetector.bundled();
    }

    /**
     * The Welsh model, from the Welsh training phrases, bundled and staff's (stored beside the English one, in
     * {@code model/cy}); retrained with the English one.
     */
    @Bean
    @DependsOnDatabaseInitialization
    LiveIntentModel welshIntentClassifier(TrainingExamples trainingExamples, AssistantProperties properties) {
        List<LabelledExample> examples = trainingExamples.of(Language.WELSH);
        return new LiveIntentModel(welshModelStore(properties).loadOrTrain(examples), examples);
    }

    private static IntentModelStore welshModelStore(AssistantProperties properties) {
        return new IntentModelStore(properties.modelDir().resolve(Language.WELSH.code()), TrainerSettings.defaults());
    }

    @Bean
    LanguageSupport languageSupport(WelshEnglishDetector detector, LiveIntentModel intentClassifier,
            LiveIntentModel welshIntentClassifier, AssistantProperties properties, Council council) {
        return new LanguageSupport(detector,
                Map.of(Language.ENGLISH, intentClassifier, Language.WELSH, welshIntentClassifier),
                properties.englishOnlyChannels(), council);
    }

    @Bean
    ConversationEngine conversationEngine(SessionStore sessions, LanguageSupport languages,
            IntentCatalogue catalogue, List<Dialogue> dialogues, KnowledgeAnswerer answerer,
            EngineSettings settings, LiveChat liveChat, List<TurnObserver> observers, ServiceNotices notices,
            Clock clock, StaffIntentResponder staffIntentResponder) {
        return new ConversationEngine(sessions, languages, catalogue, dialogues, answerer, settings, liveChat,
                observers, notices, clock, staffIntentResponder);
    }
}
