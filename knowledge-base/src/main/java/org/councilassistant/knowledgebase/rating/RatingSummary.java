package org.councilassistant.knowledgebase.rating;

/** How residents rated one article's answer: thumbs up and thumbs down. */
public record RatingSummary(String articleId, long helpful, long notHelpful) {

    public long total() {
        return helpful + notHelpful;
    }
}
