package org.councilassistant.knowledgebase.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.testing.Articles;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on H2, and on PostgreSQL with -Ppostgres. */
class AnswerRatingsTests {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private HikariDataSource dataSource;
    private AnswerRatings ratings;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabases.migrated();
        ArticleRepository articles = new ArticleRepository(dataSource);
        articles.insert(Articles.snowContent(ArticleStatus.PUBLISHED).toArticle("snow-collections", 0, "editor"), NOW);
        articles.insert(Articles.snowContent(ArticleStatus.PUBLISHED).toArticle("ice-collections", 0, "editor"), NOW);
        ratings = new AnswerRatings(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void countsHelpfulAndUnhelpfulRatingsPerArticle() {
        ratings.recordRating("snow-collections", true, "web-chat", NOW);
        ratings.recordRating("snow-collections", true, "alexa", NOW);
        ratings.recordRating("snow-collections", false, "web-chat", NOW);

        RatingSummary summary = ratings.ratingSummary("snow-collections");

        assertThat(summary).isEqualTo(new RatingSummary("snow-collections", 2, 1));
        assertThat(summary.total()).isEqualTo(3);
    }

    @Test
    void summarisesEveryArticleIncludingThoseNeverRated() {
        ratings.recordRating("snow-collections", false, "web-chat", NOW);

        assertThat(ratings.ratingSummaries()).containsExactly(new RatingSummary("ice-collections", 0, 0),
                new RatingSummary("snow-collections", 0, 1));
    }

    @Test
    void refusesARatingOfAnArticleThatDoesNotExist() {
        assertThatThrownBy(() -> ratings.recordRating("no-such-article", true, "web-chat", NOW))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> ratings.ratingSummary("no-such-article")).isInstanceOf(ArticleNotFoundException.class);
    }
}
