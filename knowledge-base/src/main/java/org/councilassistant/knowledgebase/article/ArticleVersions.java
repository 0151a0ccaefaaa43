package org.councilassistant.knowledgebase.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/** The history of articles: a full snapshot per saved version, the content kept as JSON. */
final class ArticleVersions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "article_id, version, change_kind, restored_from, author, saved_at, content";

    private final JdbcClient jdbc;

    ArticleVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the article as just stored, as its current version. */
    void record(Article stored, ArticleChange change, Integer restoredFrom) {
        jdbc.sql("INSERT INTO article_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(stored.id(), stored.version(), change.name(), restoredFrom, stored.author(),
                        Timestamp.from(stored.updatedAt()), JSON.writeValueAsString(stored.content()))
                .update();
    }

    /**
     * Records a version saved before history was kept (or written around this class). Call with the article's
     * row locked, so that two saves cannot both record it.
     */
    void recordIfMissing(Article article) {
        if (find(article.id(), article.version()).isEmpty()) {
            record(article, ArticleChange.RECORDED, null);
        }
    }

    List<ArticleVersion> list(String articleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_version WHERE article_id = ? ORDER BY version")
                .param(articleId)
                .query(ArticleVersions::row)
                .list();
    }

    Optional<ArticleVersion> find(String articleId, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_version WHERE article_id = ? AND version = ?")
                .params(articleId, version)
                .query(ArticleVersions::row)
                .optional();
    }

    /** The current state of an article whose current version was never recorded, as a version. */
    static ArticleVersion unrecorded(Article article) {
        return new ArticleVersion(article.id(), article.version(), ArticleChange.RECORDED, null, article.author(),
                article.updatedAt(), article.content());
    }

    private static ArticleVersion row(ResultSet rs, int rowNum) throws SQLException {
        Integer restoredFrom = rs.getInt("restored_from");
        if (rs.wasNull()) {
            restoredFrom = null;
        }
        return new ArticleVersion(rs.getString("article_id"), rs.getInt("version"),
                ArticleChange.valueOf(rs.getString("change_kind")), restoredFrom,
                rs.getString("author"), rs.getTimestamp("saved_at").toInstant(),
                JSON.readValue(rs.getString("content"), ArticleContent.class));
    }
}
