package org.councilassistant.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.embedding.Vectors;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.index.ArticlePassages;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeedVectorEmbedderTests {

    private final List<String> embeddedByTheModel = new ArrayList<>();
    private SyntheticArticles articles;
    private SeedVectorEmbedder embedder;

    @BeforeEach
    void prepareAThousandArticles() {
        articles = new SyntheticArticles(SeedArticles.english(), Instant.parse("2026-11-25T10:00:00Z"));
        embedder = new SeedVectorEmbedder(new RandomModel(), articles, 1_000);
    }

    @Test
    void embedsASeedArticleWithTheModel() {
        List<String> texts = ArticlePassages.of(articles.article(3));

        List<float[]> vectors = embedder.embedAll(texts);

        assertThat(embeddedByTheModel).isEqualTo(texts);
        assertThat(vectors.get(0)).isEqualTo(randomVector(texts.get(0)));
    }

    @Test
    void givesAVariantsTextsVectorsCloseToTheSeedTextsTheyWereMadeFrom() {
        int seedCount = articles.seeds().size();
        Article seed = articles.article(7);
        List<String> seedTexts = ArticlePassages.of(seed);
        List<String> variantTexts = ArticlePassages.of(articles.article(7 + 2 * seedCount));
        int questions = Math.min(SyntheticArticles.QUESTIONS, seed.alternateQuestions().size());

        List<float[]> vectors = embedder.embedAll(variantTexts);

        assertThat(embeddedByTheModel).isEqualTo(seedTexts);
        assertThat(vectors).hasSameSizeAs(variantTexts);
        assertThat(similarity(vectors.get(0), seedTexts.get(0))).isGreaterThan(0.9f);
        assertThat(similarity(vectors.get(questions), seedTexts.get(questions))).isGreaterThan(0.9f);
        int spoken = seed.alternateQuestions().size() + 1;
        assertThat(similarity(vectors.get(questions + 1), seedTexts.get(spoken))).isGreaterThan(0.9f);
        assertThat(similarity(vectors.get(0), seedTexts.get(spoken))).isLessThan(0.5f);
    }

    @Test
    void asksTheModelForEachSeedOnceAndGivesTheSameTextTheSameVector() {
        List<String> variantTexts = ArticlePassages.of(articles.article(11 + articles.seeds().size()));

        float[] first = embedder.embedAll(variantTexts).get(0);
        int calls = embeddedByTheModel.size();
        float[] again = embedder.embedAll(variantTexts).get(0);

        assertThat(again).isEqualTo(first);
        assertThat(embeddedByTheModel).hasSize(calls);
        assertThat(Vectors.dot(first, first)).isCloseTo(1f, within(1e-4f));
    }

    private static float similarity(float[] vector, String seedText) {
        return Vectors.dot(vector, randomVector(seedText));
    }

    /** A random unit vector per text: different texts are nearly orthogonal, as no real model would make them. */
    private static float[] randomVector(String text) {
        SplittableRandom random = new SplittableRandom(text.hashCode() * 31L + 7);
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.unit(vector);
    }

    /** A stand-in for the model that records what it was asked to embed. */
    private final class RandomModel implements TextEmbedder {

        @Override
        public float[] embed(String text) {
            embeddedByTheModel.add(text);
            return randomVector(text);
        }

        @Override
        public int dimensions() {
            return 384;
        }

        @Override
        public String modelName() {
            return "random";
        }

        @Override
        public double relatedSimilarity() {
            return 0.5;
        }
    }
}
