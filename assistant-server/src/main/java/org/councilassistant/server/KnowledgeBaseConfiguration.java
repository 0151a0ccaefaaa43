package org.councilassistant.server;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.SampleCouncil;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.notice.ServiceNotices;
import org.councilassistant.knowledgebase.rating.AnswerRatings;
import org.councilassistant.knowledgebase.transfer.KnowledgeBaseTransfer;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.server.council.CouncilProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The knowledge base: articles in the database (on first start, the sample council's unless
 * {@code assistant.council.sample-content} is false), the Lucene index under the data
 * directory with the English articles' passage vectors from the shared sentence-embedding model, rebuilt at start-up if it does not match the database and kept in step with it every few seconds,
 * so that what an editor publishes on one node is answered on every node.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KnowledgeBaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @DependsOnDatabaseInitialization
    KnowledgeBase knowledgeBase(DataSource dataSource, AssistantProperties properties, CouncilProperties settings,
            Council council, Clock clock, TextEmbedder textEmbedder) {
        KnowledgeBase knowledgeBase = KnowledgeBase.open(dataSource, properties.indexDir(), clock, textEmbedder);
        boolean empty = knowledgeBase.allArticles().isEmpty();
        if (empty && settings.sampleContent()) {
            if (!council.name().equals(SampleCouncil.NAME)) {
                LOG.warn("Starting the knowledge base with the sample council's articles, which name Brackenfield: "
                        + "edit or archive them before residents use the assistant, or start with an empty knowledge "
                        + "base (assistant.council.sample-content=false) and import your own");
            }
            knowledgeBase.seedIfEmpty(SeedArticles.load());
        } else if (empty) {
            LOG.info("The knowledge base is empty (assistant.council.sample-content=false): import your articles "
                    + "in the staff console, /staff/transfer");
        }
        knowledgeBase.synchronise();
        return knowledgeBase;
    }

    /** Answers state notices from a copy at most this old; an edit made on this node shows at once. */
    @Bean
    ServiceNotices serviceNotices(DataSource dataSource, Clock clock,
            @Value("${assistant.knowledge-base.notices-cached-for:2s}") Duration cachedFor) {
        return new ServiceNotices(dataSource, clock, cachedFor);
    }

    @Bean
    AnswerRatings answerRatings(DataSource dataSource) {
        return new AnswerRatings(dataSource);
    }

    @Bean
    KnowledgeBaseTransfer knowledgeBaseTransfer(KnowledgeBase knowledgeBase) {
        return new KnowledgeBaseTransfer(knowledgeBase);
    }

    @Bean
    IndexFollower indexFollower(KnowledgeBase knowledgeBase) {
        return new IndexFollower(knowledgeBase);
    }

    /** Picks up what other nodes published (and synonym edits) without a restart. */
    static final class IndexFollower {

        private final KnowledgeBase knowledgeBase;

        IndexFollower(KnowledgeBase knowledgeBase) {
            this.knowledgeBase = knowledgeBase;
        }

        @Scheduled(fixedDelayString = "${assistant.knowledge-base.sync-interval:5s}")
        void follow() {
            try {
                knowledgeBase.synchroniseIfChanged();
            } catch (RuntimeException e) {
                LOG.warn("Knowledge base sync failed; retrying at the next interval: {}", e.toString());
            }
        }
    }
}
