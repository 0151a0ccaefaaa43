package org.councilassistant.knowledgebase.transfer;

import org.councilassistant.knowledgebase.article.ArticleContent;

/** One article read from an import file, with the row it came from. */
record ImportRow(int row, String id, ArticleContent content) {
}
