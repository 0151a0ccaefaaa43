package org.councilassistant.knowledgebase.history;

import java.util.Arrays;
import java.util.List;

import org.councilassistant.knowledgebase.article.ArticleVersion;

/** A field-by-field comparison of two versions of an article, every field included, changed or not. */
public record ArticleDiff(String articleId, int fromVersion, int toVersion, List<FieldDiff> fields) {

    public ArticleDiff {
        fields = List.copyOf(fields);
    }

    /** Compares {@code from} with {@code to}: "added" lines are in {@code to} only. */
    public static ArticleDiff between(ArticleVersion from, ArticleVersion to) {
        List<FieldDiff> fields = Arrays.stream(ArticleField.values())
                .map(field -> {
                    List<String> before = field.linesOf(from.content());
                    List<String> after = field.linesOf(to.content());
                    return new FieldDiff(field, before, after, LineDiff.between(before, after));
                })
                .toList();
        return new ArticleDiff(from.articleId(), from.version(), to.version(), fields);
    }

    public List<FieldDiff> changedFields() {
        return fields.stream().filter(FieldDiff::changed).toList();
    }

    public FieldDiff field(ArticleField field) {
        return fields.stream().filter(diff -> diff.field() == field).findFirst().orElseThrow();
    }
}
