package org.councilassistant.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static List<Article> seeds;
    private static SyntheticArticles articles;

    @BeforeAll
    static void loadTheSeeds() {
        seeds = SeedArticles.english();
        articles = new SyntheticArticles(seeds, NOW);
    }

    @Test
    void startsWithTheSeedArticlesThemselves() {
        assertThat(articles.article(0)).isEqualTo(seeds.get(0));
        assertThat(articles.article(seeds.size() - 1)).isEqualTo(seeds.get(seeds.size() - 1));
    }

    @Test
    void makesTheSameArticleForTheSameNumber() {
        assertThat(new SyntheticArticles(seeds, NOW).article(54_321)).isEqualTo(articles.article(54_321));
    }

    @Test
    void makesPublishedVariantsThatKeepTheirSeedsIntentsAndServiceArea() {
        int n = seeds.size() * 7 + 3;
        Article variant = articles.article(n);
        Article seed = seeds.get(3);

        assertThat(variant.id()).isEqualTo("synthetic-000675");
        assertThat(variant.isPublished()).isTrue();
        assertThat(variant.intents()).isEqualTo(seed.intents());
        assertThat(variant.serviceArea()).isEqualTo(seed.serviceArea());
        assertThat(variant.title()).isNotEqualTo(seed.title());
        assertThat(variant.answer()).isNotBlank();
    }

    @Test
    void givesEveryArticleItsOwnIdAndFitsTheColumns() {
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < 2_000; n++) {
            Article article = articles.article(n);
            assertThat(ids.add(article.id())).as(article.id()).isTrue();
            assertThat(article.title()).hasSizeLessThanOrEqualTo(SyntheticArticles.TITLE_MAX);
            assertThat(article.spokenAnswer()).hasSizeLessThanOrEqualTo(SyntheticArticles.SPOKEN_MAX);
            article.alternateQuestions().forEach(q -> assertThat(q).hasSizeLessThanOrEqualTo(
                    SyntheticArticles.QUESTION_MAX));
            article.keywords().forEach(k -> assertThat(k).hasSizeLessThanOrEqualTo(SyntheticArticles.KEYWORD_MAX));
        }
    }

    @Test
    void drawsItsVocabularyFromTheSeedsWords() {
        assertThat(articles.vocabulary()).contains("council", "bin").allMatch(word -> word.length() >= 3);
    }
}
