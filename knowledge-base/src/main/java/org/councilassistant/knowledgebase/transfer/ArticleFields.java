package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/** The fields of an exported article, in file order; the JSON properties and the CSV columns alike. */
final class ArticleFields {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String TITLE = "title";
    static final String SERVICE_AREA = "serviceArea";
    static final String SPOKEN_ANSWER = "spokenAnswer";
    static final String ANSWER = "answer";
    static final String QUESTIONS = "alternateQuestions";
    static final String KEYWORDS = "keywords";
    static final String INTENTS = "intents";
    static final String LINKS = "links";
    static final String LABEL = "label";
    static final String URL = "url";

    static final List<String> ALL = List.of(ID, STATUS, TITLE, SERVICE_AREA, SPOKEN_ANSWER, ANSWER, QUESTIONS,
            KEYWORDS, INTENTS, LINKS);

    private ArticleFields() {
    }

    /** DRAFT, PUBLISHED or ARCHIVED in any case; null (with a problem if there was text) otherwise. */
    static ArticleStatus status(String text, List<ValidationProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(ValidationProblem.of(STATUS, "must be DRAFT, PUBLISHED or ARCHIVED, not \"" + text + "\""));
            return null;
        }
    }

    /** Intents in the order the database gives them back, so a re-import of an export changes nothing. */
    static List<String> sorted(List<String> intents) {
        List<String> sorted = new ArrayList<>(intents);
        sorted.sort(null);
        return sorted;
    }
}
