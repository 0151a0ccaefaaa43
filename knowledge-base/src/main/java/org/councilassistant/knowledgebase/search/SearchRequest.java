package org.councilassistant.knowledgebase.search;

/**
 * What to search for.
 *
 * @param text the resident's words, taken literally (never parsed as query syntax)
 * @param intent when not null, only articles answering this intent
 * @param minimumCoverage share (0–1) of the question's words an article must contain; 0 accepts any match
 * @param limit how many hits at most
 * @param language search the articles in this language ({@code en} or {@code cy}), with that language's analysis
 */
public record SearchRequest(String text, String intent, double minimumCoverage, int limit, String language) {

    public static SearchRequest forIntent(String text, String intent, int limit) {
        return new SearchRequest(text, intent, 0.0, limit, "en");
    }

    public static SearchRequest freeText(String text, double minimumCoverage, int limit) {
        return new SearchRequest(text, null, minimumCoverage, limit, "en");
    }

    public SearchRequest inLanguage(String newLanguage) {
        return new SearchRequest(text, intent, minimumCoverage, limit, newLanguage);
    }
}
