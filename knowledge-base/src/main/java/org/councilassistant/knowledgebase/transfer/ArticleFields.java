package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.councilassistant.knowledgebase.article.ArticleStatus;

/**
 * The fields of an article in a file: the JSON properties and the CSV columns alike. An export has {@link #ALL} in
 * that order; an import also takes {@link #URL} (the council's page) and {@link #LANGUAGE}, and needs only
 * {@link #TITLE} and {@link #ANSWER}.
 */
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
    /** A link's address, and on import the address of the council's own page for the article. */
    static final String URL = "url";
    static final String LANGUAGE = "language";

    static final List<String> ALL = List.of(ID, STATUS, TITLE, SERVICE_AREA, SPOKEN_ANSWER, ANSWER, QUESTIONS,
            KEYWORDS, INTENTS, LINKS);
    static final List<String> IMPORTED = List.of(ID, STATUS, TITLE, SERVICE_AREA, SPOKEN_ANSWER, ANSWER, QUESTIONS,
            KEYWORDS, INTENTS, LINKS, URL, LANGUAGE);
    static final List<String> REQUIRED = List.of(TITLE, ANSWER);

    /** Names as a spreadsheet may spell them ("Spoken answer", "service_area") to the field's own name. */
    private static final Map<String, String> SPELLINGS = IMPORTED.stream()
            .collect(Collectors.toMap(ArticleFields::loose, Function.identity()));

    private ArticleFields() {
    }

    /** The field {@code name} stands for, in any case and with any spaces, hyphens or underscores; else null. */
    static String named(String name) {
        return name == null ? null : SPELLINGS.get(loose(name));
    }

    private static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** DRAFT, PUBLISHED or ARCHIVED in any case; null (with a problem if there was text) otherwise. */
    static ArticleStatus status(String text, ImportProblems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(STATUS, "change the status to DRAFT, PUBLISHED or ARCHIVED, or leave it out (it is \""
                    + text + "\")");
            return null;
        }
    }

    /** Intents in the order the database gives them back, so a re-import of an export changes nothing. */
    static List<String> sorted(List<String> intents) {
        if (intents == null) {
            return null;
        }
        List<String> sorted = new ArrayList<>(intents);
        sorted.sort(null);
        return sorted;
    }

    /** The field's name as staff read it: "spoken answer", "alternate questions". */
    static String spoken(String field) {
        return field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }
}
