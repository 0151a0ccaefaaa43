package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form: an array of articles, each an object with {@link ArticleFields#ALL} in that order, two-space
 * indents and LF line ends on every platform, so that the same knowledge base always exports the same bytes.
 */
final class JsonArticles {

    /** A property given twice is an error, not silently the last one. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = JSON.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT));

    private JsonArticles() {
    }

    static String write(List<Article> articles) {
        ArrayNode array = JSON.createArrayNode();
        for (Article article : articles) {
            ObjectNode node = array.addObject();
            node.put(ArticleFields.ID, article.id());
            node.put(ArticleFields.STATUS, article.status().name());
            node.put(ArticleFields.TITLE, article.title());
            node.put(ArticleFields.SERVICE_AREA, article.serviceArea());
            node.put(ArticleFields.SPOKEN_ANSWER, article.spokenAnswer());
            node.put(ArticleFields.ANSWER, article.answer());
            article.alternateQuestions().forEach(node.putArray(ArticleFields.QUESTIONS)::add);
            article.keywords().forEach(node.putArray(ArticleFields.KEYWORDS)::add);
            article.intents().forEach(node.putArray(ArticleFields.INTENTS)::add);
            ArrayNode links = node.putArray(ArticleFields.LINKS);
            for (ArticleLink link : article.links()) {
                links.addObject().put(ArticleFields.LABEL, link.label()).put(ArticleFields.URL, link.url());
            }
        }
        return WRITER.writeValueAsString(array) + "\n";
    }

    /** Reads the articles, numbering rows by position in the array from 1; problems go to {@code problems}. */
    static List<ImportRow> read(String text, List<ValidationProblem> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add(new ValidationProblem(0, "", "is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")")));
            return List.of();
        }
        if (root == null || !root.isArray()) {
            problems.add(new ValidationProblem(0, "", "must be a JSON array of articles"));
            return List.of();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            int row = i + 1;
            List<ValidationProblem> found = new ArrayList<>();
            ImportRow read = article(row, root.get(i), found);
            found.forEach(problem -> problems.add(problem.atRow(row)));
            if (read != null) {
                rows.add(read);
            }
        }
        return rows;
    }

    private static ImportRow article(int row, JsonNode node, List<ValidationProblem> problems) {
        if (!node.isObject()) {
            problems.add(ValidationProblem.of("", "must be an object with the article's fields"));
            return null;
        }
        for (String name : node.propertyNames()) {
            if (!ArticleFields.ALL.contains(name)) {
                problems.add(ValidationProblem.of(name, "is not a field of an article (the fields are "
                        + String.join(", ", ArticleFields.ALL) + ")"));
            }
        }
        List<ArticleLink> links = new ArrayList<>();
        List<JsonNode> linkNodes = list(node, ArticleFields.LINKS, problems);
        for (int i = 0; i < linkNodes.size(); i++) {
            String field = ArticleFields.LINKS + "[" + (i + 1) + "]";
            JsonNode link = linkNodes.get(i);
            if (!link.isObject()) {
                problems.add(ValidationProblem.of(field, "must be an object with a label and a url"));
                continue;
            }
            links.add(new ArticleLink(text(link, ArticleFields.LABEL, field + ".", problems),
                    text(link, ArticleFields.URL, field + ".", problems)));
        }
        ArticleContent content = new ArticleContent(text(node, ArticleFields.TITLE, "", problems),
                text(node, ArticleFields.SPOKEN_ANSWER, "", problems), text(node, ArticleFields.ANSWER, "", problems),
                text(node, ArticleFields.SERVICE_AREA, "", problems),
                ArticleFields.status(text(node, ArticleFields.STATUS, "", problems), problems), links,
                texts(node, ArticleFields.QUESTIONS, problems), texts(node, ArticleFields.KEYWORDS, problems),
                ArticleFields.sorted(texts(node, ArticleFields.INTENTS, problems)));
        return new ImportRow(row, text(node, ArticleFields.ID, "", problems), content);
    }

    private static String text(JsonNode node, String name, String prefix, List<ValidationProblem> problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(ValidationProblem.of(prefix + name, "must be text"));
            return null;
        }
        return value.stringValue();
    }

    private static List<String> texts(JsonNode node, String name, List<ValidationProblem> problems) {
        List<String> values = new ArrayList<>();
        List<JsonNode> items = list(node, name, problems);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isString()) {
                values.add(items.get(i).stringValue());
            } else {
                problems.add(ValidationProblem.of(name + "[" + (i + 1) + "]", "must be text"));
            }
        }
        return values;
    }

    private static List<JsonNode> list(JsonNode node, String name, List<ValidationProblem> problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(ValidationProblem.of(name, "must be a list"));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }
}
