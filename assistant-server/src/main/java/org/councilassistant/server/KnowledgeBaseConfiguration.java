package org.councilassistant.server;

import java.time.Clock;

import javax.sql.DataSource;

import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.analysis.CouncilQueryAnalyzer;
import org.councilassistant.knowledgebase.analysis.CouncilSynonyms;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The knowledge base: articles in the database (seeded on first start), the Lucene index under the data
 * directory, rebuilt at start-up if it does not match the database.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

    @Bean(destroyMethod = "close")
    @DependsOnDatabaseInitialization
    KnowledgeBase knowledgeBase(DataSource dataSource, AssistantProperties properties, Clock clock) {
        ArticleIndex index = new ArticleIndex(properties.indexDir());
        ArticleSearcher searcher = new ArticleSearcher(index,
                new CouncilQueryAnalyzer(CouncilSynonyms.bundled()));
        KnowledgeBase knowledgeBase = new KnowledgeBase(new ArticleRepository(dataSource), index, searcher, clock);
        knowledgeBase.seedIfEmpty(SeedArticles.load());
        knowledgeBase.synchronise();
        return knowledgeBase;
    }
}
