package org.councilassistant.knowledgebase.transfer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleValidator;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * Checks a row's article against the knowledge base's rules ({@link ArticleValidator}, so that the rules live in
 * one place) and says what is wrong as staff would put it right: "Row 4: enter a title", "Row 6: shorten the
 * spoken answer to 600 characters or fewer (it has 712)". A field already found at fault in the row is not
 * reported twice.
 */
final class ImportRowChecker {

    private static final Pattern TOO_LONG = Pattern.compile("is (\\d+) characters long; at most (\\d+) are allowed");
    private static final Pattern ITEM = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    private ImportRowChecker() {
    }

    static void check(ImportRow row, String id, ArticleContent content, ImportProblems problems) {
        ImportProblems found = problems.row(row.row());
        if (row.language() != null && !row.language().strip().toLowerCase(Locale.ROOT).matches("en|cy")) {
            found.add(ArticleFields.LANGUAGE, "change the language to en or cy, or leave it out (it is \""
                    + row.language() + "\")");
        }
        for (ValidationProblem problem : ArticleValidator.problems(id, content)) {
            String field = problem.field();
            if (id == null && field.equals(ArticleFields.ID) || problems.has(row.row(), field)
                    || problems.has(row.row(), field.replaceAll("\\..*$", ""))) {
                continue;
            }
            found.add(field, todo(field, problem.message()));
        }
    }

    private static String todo(String field, String message) {
        String name = name(field);
        Matcher tooLong = TOO_LONG.matcher(message);
        if (message.equals("is required")) {
            return field.equals(ArticleFields.ANSWER) ? "enter an answer"
                    : field.endsWith(".url") ? "give " + name + " a web address"
                    : "enter " + (field.equals(ArticleFields.TITLE) ? "a title" : name);
        }
        if (tooLong.matches()) {
            return "shorten " + name + " to " + tooLong.group(2) + " characters or fewer (it has " + tooLong.group(1)
                    + ")";
        }
        if (message.equals("must be on one line")) {
            return "put " + name + " on one line";
        }
        if (field.startsWith(ArticleFields.INTENTS) && message.startsWith("repeats")) {
            return "give each intent once (" + message.substring("repeats ".length()) + " is there twice)";
        }
        if (field.startsWith(ArticleFields.INTENTS)) {
            return "change " + name + " to an intent name such as council_tax_pay, in lowercase words joined by _";
        }
        if (field.endsWith(".url")) {
            return "change " + name + " to a full web address starting https://";
        }
        return "check " + name + ": it " + message;
    }

    /** The field as staff name it: "the spoken answer", "keyword 2", "the address of link 3". */
    private static String name(String field) {
        Matcher item = ITEM.matcher(field);
        if (!item.matches()) {
            return "the " + ArticleFields.spoken(field);
        }
        String list = switch (item.group(1)) {
            case ArticleFields.QUESTIONS -> "alternate question";
            case ArticleFields.KEYWORDS -> "keyword";
            case ArticleFields.INTENTS -> "intent";
            default -> "link";
        };
        String part = item.group(3) == null ? "" : ArticleFields.URL.equals(item.group(3)) ? "the address of "
                : "the label of ";
        return part + list + " " + item.group(2);
    }
}
