package org.councilassistant.knowledgebase.history;

import java.util.List;

/**
 * How one field differs between two versions.
 *
 * @param before the field's lines in the earlier version
 * @param after the field's lines in the later version
 * @param lines every line of both, in order, each marked unchanged, added or removed
 */
public record FieldDiff(ArticleField field, List<String> before, List<String> after, List<DiffLine> lines) {

    public FieldDiff {
        before = List.copyOf(before);
        after = List.copyOf(after);
        lines = List.copyOf(lines);
    }

    public boolean changed() {
        return !before.equals(after);
    }
}
