package org.councilassistant.knowledgebase.transfer;

import java.util.List;

import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleStatus;

/**
 * One article as a file gives it, with the row it came from. A field the row leaves out is null: an article
 * created from the row gets a default or a derived value for it, an article updated keeps its own. A list given
 * empty is empty.
 *
 * @param url the council's own page for the article
 * @param language {@code en} or {@code cy}, as written
 */
record ImportRow(int row, String id, String title, String answer, String spokenAnswer, String serviceArea,
        ArticleStatus status, String url, String language, List<String> alternateQuestions, List<String> keywords,
        List<String> intents, List<ArticleLink> links) {
}
