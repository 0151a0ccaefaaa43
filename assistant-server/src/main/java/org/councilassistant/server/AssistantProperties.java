package org.councilassistant.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.*}; the council's own are under {@code assistant.council.*}
 * ({@link org.councilassistant.server.council.CouncilProperties}).
 *
 * @param dataDir where all state lives: the database file (embedded default), the search index and the model
 * @param sessionIdleTimeout how long a conversation is kept after its last message
 * @param maxSessions upper bound on conversations held in memory
 * @param topicSwitchConfidence see {@link org.councilassistant.core.conversation.EngineSettings}
 * @param minimumCoverage see {@link org.councilassistant.core.conversation.EngineSettings}
 * @param minimumSearchScore see {@link org.councilassistant.core.conversation.EngineSettings}
 * @param minimumSemanticScore see {@link org.councilassistant.core.conversation.EngineSettings}; unset, the
 *        embedding model's own measured floor (0.85 for bge-small, 0.55 for MiniLM)
 * @param embeddingModel the sentence-embedding model the English intent model and the search read messages with,
 *        one of {@link OnnxTextEmbedder#MODELS}; changing it retrains the model and rebuilds the index's vectors at
 *        the next start
 * @param englishOnlyChannels channels that cannot work in Welsh (Alexa has no Welsh voice)
 */
@ConfigurationProperties("assistant")
public record AssistantProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("30m") Duration sessionIdleTimeout,
        @DefaultValue("100000") long maxSessions,
        @DefaultValue("0.5") double topicSwitchConfidence,
        @DefaultValue("0.6") double minimumCoverage,
        @DefaultValue("4.0") double minimumSearchScore,
        Double minimumSemanticScore,
        @DefaultValue(OnnxTextEmbedder.DEFAULT_MODEL) String embeddingModel,
        @DefaultValue("alexa") Set<String> englishOnlyChannels) {

    public Path modelDir() {
        return dataDir.resolve("model");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path databaseFile() {
        return dataDir.toAbsolutePath().normalize().resolve("db").resolve("assistant");
    }
}
