package org.councilassistant.knowledgebase.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.councilassistant.knowledgebase.validation.Texts;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * The rules an article must keep to be saved: an id the index and URLs can carry, the required fields, the
 * schema's lengths, one-line list entries (so a CSV export can join them by line), http(s) links.
 */
public final class ArticleValidator {

    private ArticleValidator() {
    }

    public static List<ValidationProblem> problems(String id, ArticleContent content) {
        List<ValidationProblem> problems = new ArrayList<>();
        Texts.articleId("id", id, problems);
        Texts.required("title", content.title(), Texts.TITLE_LENGTH, true, problems);
        Texts.required("spokenAnswer", content.spokenAnswer(), Texts.SPOKEN_ANSWER_LENGTH, false, problems);
        Texts.required("answer", content.answer(), Integer.MAX_VALUE, false, problems);
        Texts.required("serviceArea", content.serviceArea(), Texts.SERVICE_AREA_LENGTH, true, problems);
        if (content.status() == null) {
            problems.add(ValidationProblem.of("status", "is required: DRAFT, PUBLISHED or ARCHIVED"));
        }
        for (int i = 0; i < content.alternateQuestions().size(); i++) {
            Texts.required("alternateQuestions[" + (i + 1) + "]", content.alternateQuestions().get(i),
                    Texts.QUESTION_LENGTH, true, problems);
        }
        for (int i = 0; i < content.keywords().size(); i++) {
            Texts.required("keywords[" + (i + 1) + "]", content.keywords().get(i), Texts.KEYWORD_LENGTH, true,
                    problems);
        }
        Set<String> intents = new HashSet<>();
        for (int i = 0; i < content.intents().size(); i++) {
            String intent = content.intents().get(i);
            Texts.intent("intents[" + (i + 1) + "]", intent, problems);
            if (intent != null && !intents.add(intent)) {
                problems.add(ValidationProblem.of("intents[" + (i + 1) + "]", "repeats " + intent));
            }
        }
        for (int i = 0; i < content.links().size(); i++) {
            ArticleLink link = content.links().get(i);
            String field = "links[" + (i + 1) + "]";
            if (link == null) {
                problems.add(ValidationProblem.of(field, "is required"));
                continue;
            }
            Texts.required(field + ".label", link.label(), Texts.LINK_LABEL_LENGTH, true, problems);
            Texts.url(field + ".url", link.url(), problems);
        }
        return problems;
    }

    /** @throws ValidationException naming every problem with the article or its author */
    public static void requireValid(String id, ArticleContent content, String author) {
        List<ValidationProblem> problems = authorProblems(author);
        problems.addAll(problems(id, content));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** @throws ValidationException naming every problem, each article by its position in the list from 1 */
    public static void requireValid(List<Article> articles, String author) {
        List<ValidationProblem> problems = authorProblems(author);
        for (int i = 0; i < articles.size(); i++) {
            int row = i + 1;
            problems(articles.get(i).id(), articles.get(i).content()).forEach(problem -> problems.add(problem.atRow(row)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    public static List<ValidationProblem> authorProblems(String author) {
        List<ValidationProblem> problems = new ArrayList<>();
        Texts.required("author", author, Texts.AUTHOR_LENGTH, true, problems);
        return problems;
    }
}
