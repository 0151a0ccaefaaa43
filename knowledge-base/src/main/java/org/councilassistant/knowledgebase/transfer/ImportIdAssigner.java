package org.councilassistant.knowledgebase.transfer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleIds;
import org.councilassistant.knowledgebase.validation.Texts;

/**
 * Gives every row of an import its article id. A row's own id is used as it is (and may appear once in a file).
 * A row without one gets its title's slug, with "-cy" for a Welsh article. The slug names the same article again
 * when the article stored under it has the same title, so importing a file twice updates rather than copies; when
 * another row or a different article has it, the row gets the next free "-2", "-3" … and a notice says so: an
 * import never overwrites another article by accident.
 */
final class ImportIdAssigner {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Map<String, Article> existing;

    ImportIdAssigner(Map<String, Article> existing) {
        this.existing = existing;
    }

    /** The id of each row, by row number; rows whose id is at fault (a problem says why) have none. */
    Map<Integer, String> assign(List<ImportRow> rows, ImportProblems problems, ImportProblems notices) {
        Map<Integer, String> ids = new HashMap<>();
        Map<String, Integer> given = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.id() != null && givenIdIsFine(row, problems.row(row.row()))) {
                Integer first = given.putIfAbsent(row.id(), row.row());
                if (first != null) {
                    problems.row(row.row()).add(ArticleFields.ID, "change the id " + row.id() + ", which row " + first
                            + " already has");
                } else {
                    ids.put(row.row(), row.id());
                }
            }
        }
        Set<String> claimed = new HashSet<>(given.keySet());
        Map<String, Integer> derivedBy = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.id() == null && row.title() != null && !row.title().isBlank()) {
                String id = derived(row, claimed, derivedBy, notices.row(row.row()));
                claimed.add(id);
                derivedBy.putIfAbsent(id, row.row());
                ids.put(row.row(), id);
            }
        }
        return ids;
    }

    static boolean isWelsh(ImportRow row) {
        return row.language() == null ? row.id() != null && row.id().endsWith(Article.WELSH_SUFFIX)
                : "cy".equals(row.language().strip().toLowerCase(Locale.ROOT));
    }

    private static boolean givenIdIsFine(ImportRow row, ImportProblems problems) {
        String id = row.id();
        if (id.length() > Texts.ID_LENGTH || !ID.matcher(id).matches()) {
            problems.add(ArticleFields.ID, "change the id to lowercase letters and digits joined by hyphens, at most "
                    + Texts.ID_LENGTH + " characters, such as pay-council-tax (it is \"" + id + "\"), or leave it "
                    + "out to have one made from the title");
            return false;
        }
        boolean welshId = id.endsWith(Article.WELSH_SUFFIX);
        if (row.language() != null && isWelsh(row) != welshId) {
            problems.add(ArticleFields.ID, welshId
                    ? "leave out the language, or change the id " + id + ": an id ending -cy is a Welsh article's"
                    : "end the id of a Welsh article with -cy (" + id + "-cy), or leave the id out");
            return false;
        }
        return true;
    }

    private String derived(ImportRow row, Set<String> claimed, Map<String, Integer> derivedBy,
            ImportProblems notices) {
        boolean welsh = isWelsh(row);
        String slug = ArticleIds.slug(row.title());
        String first = slug + (welsh ? Article.WELSH_SUFFIX : "");
        for (int n = 1; ; n++) {
            String candidate = slug + (n > 1 ? "-" + n : "") + (welsh ? Article.WELSH_SUFFIX : "");
            // An English id must not end as a Welsh one does, or the article would be taken for Welsh.
            boolean free = (welsh || !candidate.endsWith(Article.WELSH_SUFFIX)) && !claimed.contains(candidate)
                    && (!existing.containsKey(candidate) || sameTitle(existing.get(candidate), row));
            if (free) {
                if (n > 1) {
                    notices.add(ArticleFields.ID, "the id " + first + " " + holder(first, welsh, derivedBy)
                            + ", so this article's id is " + candidate + ": give the row an id to choose another");
                }
                return candidate;
            }
        }
    }

    private String holder(String id, boolean welsh, Map<String, Integer> derivedBy) {
        if (!welsh && id.endsWith(Article.WELSH_SUFFIX)) {
            return "would mark a Welsh article";
        }
        Integer row = derivedBy.get(id);
        if (row != null) {
            return "is taken by row " + row;
        }
        Article article = existing.get(id);
        return article == null ? "is another row's id" : "is taken by the article \"" + article.title() + "\"";
    }

    private static boolean sameTitle(Article article, ImportRow row) {
        return loose(article.title()).equals(loose(row.title()));
    }

    private static String loose(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
