package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleLink;

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

    /**
     * Reads the articles, numbering rows by position in the array from 1; problems go to {@code problems}. Only
     * {@code title} and {@code answer} are needed; a field left out, or null, is null in the row.
     */
    static List<ImportRow> read(String text, ImportProblems problems) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add("", "the file is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
            return List.of();
        }
        if (root == null || !root.isArray()) {
            problems.add("", "make the file a JSON array of articles, [ {...}, {...} ]");
            return List.of();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            ImportRow read = article(i + 1, root.get(i), problems.row(i + 1));
            if (read != null) {
                rows.add(read);
            }
        }
        return rows;
    }

    private static ImportRow article(int row, JsonNode node, ImportProblems problems) {
        if (!node.isObject()) {
            problems.add("", "make the article an object with a title and an answer, {\"title\": ..., "
                    + "\"answer\": ...}");
            return null;
        }
        Map<String, JsonNode> fields = new HashMap<>();
        for (String name : node.propertyNames()) {
            String field = ArticleFields.named(name);
            if (field == null) {
                problems.add(name, "remove \"" + name + "\" or rename it: the fields of an article are "
                        + String.join(", ", ArticleFields.IMPORTED));
            } else if (fields.put(field, node.get(name)) != null) {
                problems.add(field, "give the " + ArticleFields.spoken(field) + " only once");
            }
        }
        List<ArticleLink> links = links(fields, problems);
        return new ImportRow(row, text(fields, ArticleFields.ID, problems), text(fields, ArticleFields.TITLE, problems),
                text(fields, ArticleFields.ANSWER, problems), text(fields, ArticleFields.SPOKEN_ANSWER, problems),
                text(fields, ArticleFields.SERVICE_AREA, problems),
                ArticleFields.status(text(fields, ArticleFields.STATUS, problems), problems),
                text(fields, ArticleFields.URL, problems), text(fields, ArticleFields.LANGUAGE, problems),
                texts(fields, ArticleFields.QUESTIONS, problems), texts(fields, ArticleFields.KEYWORDS, problems),
                ArticleFields.sorted(texts(fields, ArticleFields.INTENTS, problems)), links);
    }

    private static List<ArticleLink> links(Map<String, JsonNode> fields, ImportProblems problems) {
        List<JsonNode> nodes = list(fields, ArticleFields.LINKS, problems);
        if (nodes == null) {
            return null;
        }
        List<ArticleLink> links = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String field = ArticleFields.LINKS + "[" + (i + 1) + "]";
            JsonNode link = nodes.get(i);
            JsonNode label = link.get(ArticleFields.LABEL);
            JsonNode url = link.get(ArticleFields.URL);
            if (!link.isObject() || label == null || !label.isString() || url == null || !url.isString()) {
                problems.add(field, "write link " + (i + 1) + " as {\"label\": \"text\", \"url\": \"https://...\"}");
            } else {
                links.add(new ArticleLink(label.stringValue(), url.stringValue()));
            }
        }
        return links;
    }

    /** The field's text; null when it is left out, null or empty. */
    private static String text(Map<String, JsonNode> fields, String name, ImportProblems problems) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(name, "write the " + ArticleFields.spoken(name) + " as text, in quotes");
            return null;
        }
        return value.stringValue().isEmpty() ? null : value.stringValue();
    }

    private static List<String> texts(Map<String, JsonNode> fields, String name, ImportProblems problems) {
        List<JsonNode> items = list(fields, name, problems);
        if (items == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isString()) {
                values.add(items.get(i).stringValue());
            } else {
                problems.add(name + "[" + (i + 1) + "]", "write each of the " + ArticleFields.spoken(name)
                        + " as text, in quotes");
            }
        }
        return values;
    }

    private static List<JsonNode> list(Map<String, JsonNode> fields, String name, ImportProblems problems) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(name, "write the " + ArticleFields.spoken(name) + " as a list, [\"...\", \"...\"]");
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }
}
