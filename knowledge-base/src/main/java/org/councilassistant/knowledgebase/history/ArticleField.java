package org.councilassistant.knowledgebase.history;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.councilassistant.knowledgebase.article.ArticleContent;

/** The fields of an article that a diff compares, each seen as lines: text by line, lists by entry. */
public enum ArticleField {
    TITLE(content -> lines(content.title())),
    SPOKEN_ANSWER(content -> lines(content.spokenAnswer())),
    ANSWER(content -> lines(content.answer())),
    SERVICE_AREA(content -> lines(content.serviceArea())),
    STATUS(content -> List.of(content.status().name())),
    QUESTIONS(ArticleContent::alternateQuestions),
    KEYWORDS(ArticleContent::keywords),
    /** One line per link, {@code label|url}. */
    LINKS(content -> content.links().stream().map(link -> link.label() + "|" + link.url()).toList()),
    INTENTS(ArticleContent::intents);

    private final Function<ArticleContent, List<String>> lines;

    ArticleField(Function<ArticleContent, List<String>> lines) {
        this.lines = lines;
    }

    List<String> linesOf(ArticleContent content) {
        return lines.apply(content);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
