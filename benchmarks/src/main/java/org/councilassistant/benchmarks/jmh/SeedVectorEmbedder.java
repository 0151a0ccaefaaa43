package org.councilassistant.benchmarks.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.councilassistant.intents.embedding.ForwardingTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.embedding.Vectors;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.index.ArticlePassages;

/**
 * Passage vectors for a synthetic knowledge base ({@link SyntheticArticles}) without running the model on every
 * variant: a seed article's texts are embedded by the model, once, and each text of a variant gets the vector of the
 * seed text it was made from, nudged by a little noise of its own.
 *
 * <p>Embedding every variant for real would take hours at the sizes searched; the search's cost depends on how many
 * vectors the index holds and how they cluster, not on their exact values. The noise (a cosine of about 0.95 to the
 * seed's vector) keeps the variants of one seed a cluster of near neighbours, as paraphrases are, rather than
 * thousands of identical points, which an HNSW graph links poorly.
 */
final class SeedVectorEmbedder extends ForwardingTextEmbedder {

    /** Length of the noise added to a unit vector. */
    private static final double NOISE = 0.3;

    private final List<Article> seeds;
    private final Map<String, Integer> seedByTitle = new HashMap<>();
    private final Map<String, Integer> seedOfVariantTitle = new HashMap<>();
    private final Map<Integer, List<float[]>> seedVectors = new ConcurrentHashMap<>();

    /** Ready to embed articles 0 to {@code size - 1} of {@code articles}. */
    SeedVectorEmbedder(TextEmbedder model, SyntheticArticles articles, int size) {
        super(model);
        this.seeds = articles.seeds();
        for (int n = 0; n < seeds.size(); n++) {
            seedByTitle.put(ArticlePassages.of(seeds.get(n)).get(0), n);
        }
        for (int n = seeds.size(); n < size; n++) {
            seedOfVariantTitle.put(ArticlePassages.of(articles.article(n)).get(0), n % seeds.size());
        }
    }

    /** Questions at search time are embedded by the model itself. */
    @Override
    public float[] embed(String text) {
        return model().embed(text);
    }

    /**
     * The passages of one article, title first ({@code ArticleDocuments} asks per article): a variant's by its
     * seed's vectors, role for role (title, questions, spoken answer, answer), a seed's by the model, once.
     */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Integer seedItself = seedByTitle.get(texts.get(0));
        if (seedItself != null && texts.equals(ArticlePassages.of(seeds.get(seedItself)))) {
            return vectorsOf(seedItself);
        }
        Integer seed = seedOfVariantTitle.get(texts.get(0));
        if (seed == null) {
            return model().embedAll(texts);
        }
        Article source = seeds.get(seed);
        List<float[]> sourceVectors = vectorsOf(seed);
        int questions = Math.min(SyntheticArticles.QUESTIONS, source.alternateQuestions().size());
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            // Title and questions line up with the seed's; after them come the seed's spoken answer and answer.
            int role = i <= questions ? i : source.alternateQuestions().size() + 1 + (i - questions - 1);
            float[] base = sourceVectors.get(Math.min(role, sourceVectors.size() - 1));
            vectors.add(nudged(base, texts.get(i)));
        }
        return vectors;
    }

    private List<float[]> vectorsOf(int seed) {
        return seedVectors.computeIfAbsent(seed, s -> model().embedAll(ArticlePassages.of(seeds.get(s))));
    }

    /** {@code vector} plus noise seeded by {@code text}, back to unit length: the same text, the same vector. */
    private static float[] nudged(float[] vector, String text) {
        SplittableRandom random = new SplittableRandom(text.hashCode());
        double scale = NOISE / Math.sqrt(vector.length);
        float[] moved = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            moved[i] = (float) (vector[i] + scale * random.nextGaussian());
        }
        return Vectors.unit(moved);
    }
}
