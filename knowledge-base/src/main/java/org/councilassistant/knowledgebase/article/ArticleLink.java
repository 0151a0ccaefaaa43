package org.councilassistant.knowledgebase.article;

/** A link offered with an answer, e.g. to the council's online form. */
public record ArticleLink(String label, String url) {
}
