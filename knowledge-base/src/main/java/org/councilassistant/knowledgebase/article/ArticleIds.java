package org.councilassistant.knowledgebase.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

import org.councilassistant.knowledgebase.validation.Texts;

/** Article ids made from titles or questions: "Christmas tree collection" → {@code christmas-tree-collection}. */
public final class ArticleIds {

    /** A slug's words stop here, leaving room in {@link Texts#ID_LENGTH} for "-2" and a Welsh "-cy". */
    static final int WORDS_LENGTH = 60;

    private ArticleIds() {
    }

    /** The slug of {@code text}, made unique with -2, -3 … when {@code taken}; "article" when no word is left. */
    public static String from(String text, Predicate<String> taken) {
        String slug = slug(text);
        String id = slug;
        for (int n = 2; taken.test(id) && id.length() <= Texts.ID_LENGTH; n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /**
     * {@code text} in lowercase letters and digits joined by hyphens, accents dropped, cut at a word within
     * {@value #WORDS_LENGTH} characters; "article" when no word is left.
     */
    public static String slug(String text) {
        String slug = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > WORDS_LENGTH) {
            slug = slug.substring(0, WORDS_LENGTH).replaceAll("-+[a-z0-9]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
