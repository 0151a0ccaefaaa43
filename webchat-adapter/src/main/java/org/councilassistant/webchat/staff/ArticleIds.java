package org.councilassistant.webchat.staff;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

import org.councilassistant.knowledgebase.validation.Texts;

/** Article ids made from titles or questions: "Christmas tree collection" → {@code christmas-tree-collection}. */
final class ArticleIds {

    private static final int WORDS_LENGTH = 60;

    private ArticleIds() {
    }

    /** The slug of {@code text}, made unique with -2, -3 … when {@code taken}; "article" when no word is left. */
    static String from(String text, Predicate<String> taken) {
        String slug = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > WORDS_LENGTH) {
            slug = slug.substring(0, WORDS_LENGTH).replaceAll("-+[a-z0-9]*$", "");
        }
        if (slug.isEmpty()) {
            slug = "article";
        }
        String id = slug;
        for (int n = 2; taken.test(id) && id.length() <= Texts.ID_LENGTH; n++) {
            id = slug + "-" + n;
        }
        return id;
    }
}
