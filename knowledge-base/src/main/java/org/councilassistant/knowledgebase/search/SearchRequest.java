package org.councilassistant.knowledgebase.search;

/**
 * What to search for.
 *
 * @param text the resident's words, taken literally (never parsed as query syntax)
 * @param intent when not null, only articles answering this intent
 * @param minimumCoverage share (0–1) of the question's words an article must contain; 0 accepts any match
 * @param limit how many hits at most
 * @param language search the articles in this language ({@code en} or {@code cy}), with that language's analysis
 * @param vector the question's sentence embedding, to search by meaning as well as by words; null to search by
 *        words only (always so in Welsh, which has no embedding model)
 */
public record SearchRequest(String text, String intent, double minimumCoverage, int limit, String language,
        float[] vector) {

    /** A request searched by words only. */
    public SearchRequest(String text, String intent, double minimumCoverage, int limit, String language) {
        this(text, intent, minimumCoverage, limit, language, null);
    }

    public static SearchRequest forIntent(String text, String intent, int limit) {
        return new SearchRequest(text, intent, 0.0, limit, "en");
    }

    public static SearchRequest freeText(String text, double minimumCoverage, int limit) {
        return new SearchRequest(text, null, minimumCoverage, limit, "en");
    }

    public SearchRequest inLanguage(String newLanguage) {
        return new SearchRequest(text, intent, minimumCoverage, limit, newLanguage, vector);
    }

    /** The same request searched by meaning too, with {@code questionVector} (null: by words only). */
    public SearchRequest withVector(float[] questionVector) {
        return new SearchRequest(text, intent, minimumCoverage, limit, language, questionVector);
    }

    /** Whether the request is searched by meaning as well as by words. */
    public boolean hasVector() {
        return vector != null && !"cy".equals(language);
    }
}
