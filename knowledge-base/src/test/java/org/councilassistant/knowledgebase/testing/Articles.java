package org.councilassistant.knowledgebase.testing;

import java.util.List;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleStatus;

/** Articles for tests, on subjects the seed content does not cover so that searches find only them. */
public final class Articles {

    private Articles() {
    }

    /** A draft about bin collections in snow, found by "snow ice". */
    public static Article snowDraft() {
        return snowContent(ArticleStatus.DRAFT).toArticle("snow-collections", 0, "editor@brackenfield.example");
    }

    public static ArticleContent snowContent(ArticleStatus status) {
        return new ArticleContent("Bin collections in snow", "We collect when the roads are safe.",
                "When it snows we collect bins when the roads are safe.\n\nLeave your bin out until 6pm.",
                "Bins and recycling", status,
                List.of(new ArticleLink("Service updates", "https://www.brackenfield.example/bins/updates")),
                List.of("are bins collected in snow"), List.of("snow", "ice"), List.of("bin_collection_day"));
    }
}
