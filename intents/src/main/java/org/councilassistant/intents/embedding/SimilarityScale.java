package org.councilassistant.intents.embedding;

/**
 * The cosine similarities, on one model's own scale, from which the assistant trusts an article found by meaning.
 * Measured per model with the benchmarks' {@code council-content} and {@code search-cv} runs: residents' questions
 * of two councils' imported web pages, and 330 questions no council answers (CLINC150's).
 *
 * @param related a question this close to a title or an alternate question is about the same thing, alone
 * @param passage a question this close to a paragraph of an answer is answered by it, alone: lower than
 *        {@code related}, because a question meets another question closer than the paragraph answering it
 * @param supported from here, an article that comes first both by words and by meaning, and holds most of the
 *        question's words, answers it
 * @param understood from here, an article answers a question the intent model recognised as one of the council's
 *        informational topics
 */
public record SimilarityScale(double related, double passage, double supported, double understood) {

    /** One floor for everything: for a model whose finer scale has not been measured. */
    public static SimilarityScale uniform(double related) {
        return new SimilarityScale(related, related, related, related);
    }
}
