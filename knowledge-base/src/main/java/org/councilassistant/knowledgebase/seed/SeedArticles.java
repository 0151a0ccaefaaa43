package org.councilassistant.knowledgebase.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleStatus;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter knowledge base for a new installation ({@code kb/seed/articles.json}): articles for the
 * fictional Brackenfield Borough Council that a real council replaces or edits.
 */
public final class SeedArticles {

    /** The English articles, and their Welsh versions (ids ending {@code -cy}). */
    private static final List<String> RESOURCES = List.of("kb/seed/articles.json", "kb/seed/articles_cy.json");
    public static final String AUTHOR = "seed";

    private SeedArticles() {
    }

    public static List<Article> load() {
        List<Article> articles = new java.util.ArrayList<>();
        RESOURCES.forEach(resource -> articles.addAll(load(resource)));
        return articles;
    }

    /** The English articles only. */
    public static List<Article> english() {
        return load(RESOURCES.get(0));
    }

    private static List<Article> load(String resource) {
        try (InputStream in = SeedArticles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            List<SeedArticle> seeds = JsonMapper.builder().build().readValue(in, new TypeReference<List<SeedArticle>>() {
            });
            Instant now = Instant.now();
            return seeds.stream().map(seed -> seed.toArticle(now)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SeedArticle(String id, String title, String spokenAnswer, String answer, List<ArticleLink> links,
            List<String> alternateQuestions, List<String> keywords, String serviceArea, List<String> intents) {

        Article toArticle(Instant now) {
            return new Article(id, title, spokenAnswer, answer, orEmpty(links), orEmpty(alternateQuestions),
                    orEmpty(keywords), serviceArea, orEmpty(intents), ArticleStatus.PUBLISHED, 1, now, now, AUTHOR);
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
