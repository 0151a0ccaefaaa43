package org.councilassistant.knowledgebase.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores articles in the database (H2 or PostgreSQL, same schema through Flyway). Saving is optimistic:
 * an update names the version it started from and fails if someone saved in between.
 */
public class ArticleRepository {

    private static final String COLUMNS =
            "id, title, spoken_answer, answer, service_area, status, version, created_at, updated_at, author";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ArticleRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public Optional<Article> findById(String id) {
        List<Article> found = load("SELECT " + COLUMNS + " FROM article WHERE id = ?", id);
        return found.stream().findFirst();
    }

    public List<Article> findAll() {
        return load("SELECT " + COLUMNS + " FROM article ORDER BY id");
    }

    public List<Article> findPublished() {
        return load("SELECT " + COLUMNS + " FROM article WHERE status = 'PUBLISHED' ORDER BY id");
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    /** A text that changes whenever the set of published articles or any of their versions changes. */
    public String publishedStamp() {
        List<String> rows = jdbc.sql("SELECT id, version FROM article WHERE status = 'PUBLISHED' ORDER BY id")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getInt(2))
                .list();
        return rows.size() + "/" + Integer.toHexString(String.join(",", rows).hashCode());
    }

    /** Inserts a new article at version 1. */
    public Article insert(Article article, Instant now) {
        Article stored = new Article(article.id(), article.title(), article.spokenAnswer(), article.answer(),
                article.links(), article.alternateQuestions(), article.keywords(), article.serviceArea(),
                article.intents(), article.status(), 1, now, now, article.author());
        transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO article (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(stored.id(), stored.title(), stored.spokenAnswer(), stored.answer(),
                            stored.serviceArea(), stored.status().name(), stored.version(),
                            Timestamp.from(now), Timestamp.from(now), stored.author())
                    .update();
            writeChildren(stored);
        });
        return stored;
    }

    /**
     * Saves a changed article as the next version.
     *
     * @throws ArticleVersionConflictException if the stored version is no longer {@code article.version()}
     */
    public Article update(Article article, Instant now) {
        int nextVersion = article.version() + 1;
        return transactions.execute(status -> {
            int updated = jdbc.sql("UPDATE article SET title = ?, spoken_answer = ?, answer = ?, service_area = ?, "
                            + "status = ?, version = ?, updated_at = ?, author = ? WHERE id = ? AND version = ?")
                    .params(article.title(), article.spokenAnswer(), article.answer(), article.serviceArea(),
                            article.status().name(), nextVersion, Timestamp.from(now), article.author(),
                            article.id(), article.version())
                    .update();
            if (updated == 0) {
                throw new ArticleVersionConflictException(article.id(), article.version());
            }
            Article stored = new Article(article.id(), article.title(), article.spokenAnswer(), article.answer(),
                    article.links(), article.alternateQuestions(), article.keywords(), article.serviceArea(),
                    article.intents(), article.status(), nextVersion, article.createdAt(), now, article.author());
            for (String table : List.of("article_link", "article_question", "article_keyword", "article_intent")) {
                jdbc.sql("DELETE FROM " + table + " WHERE article_id = ?").param(article.id()).update();
            }
            writeChildren(stored);
            return stored;
        });
    }

    private void writeChildren(Article article) {
        for (int i = 0; i < article.links().size(); i++) {
            ArticleLink link = article.links().get(i);
            jdbc.sql("INSERT INTO article_link (article_id, position, label, url) VALUES (?, ?, ?, ?)")
                    .params(article.id(), i, link.label(), link.url()).update();
        }
        for (int i = 0; i < article.alternateQuestions().size(); i++) {
            jdbc.sql("INSERT INTO article_question (article_id, position, question) VALUES (?, ?, ?)")
                    .params(article.id(), i, article.alternateQuestions().get(i)).update();
        }
        for (int i = 0; i < article.keywords().size(); i++) {
            jdbc.sql("INSERT INTO article_keyword (article_id, position, keyword) VALUES (?, ?, ?)")
                    .params(article.id(), i, article.keywords().get(i)).update();
        }
        for (String intent : article.intents().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO article_intent (article_id, intent) VALUES (?, ?)")
                    .params(article.id(), intent).update();
        }
    }

    private List<Article> load(String sql, Object... params) {
        List<ArticleRow> rows = jdbc.sql(sql).params(params).query(ArticleRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ArticleLink>> links = new HashMap<>();
        jdbc.sql("SELECT article_id, label, url FROM article_link ORDER BY article_id, position")
                .query(rs -> {
                    links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ArticleLink(rs.getString(2), rs.getString(3)));
                });
        Map<String, List<String>> questions = children("SELECT article_id, question FROM article_question ORDER BY article_id, position");
        Map<String, List<String>> keywords = children("SELECT article_id, keyword FROM article_keyword ORDER BY article_id, position");
        Map<String, List<String>> intents = children("SELECT article_id, intent FROM article_intent ORDER BY article_id, intent");
        return rows.stream().map(r -> new Article(r.id, r.title, r.spokenAnswer, r.answer,
                links.getOrDefault(r.id, List.of()), questions.getOrDefault(r.id, List.of()),
                keywords.getOrDefault(r.id, List.of()), r.serviceArea, intents.getOrDefault(r.id, List.of()),
                ArticleStatus.valueOf(r.status), r.version, r.createdAt, r.updatedAt, r.author)).toList();
    }

    private Map<String, List<String>> children(String sql) {
        Map<String, List<String>> values = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return values;
    }

    private static ArticleRow row(ResultSet rs, int rowNum) throws SQLException {
        return new ArticleRow(rs.getString("id"), rs.getString("title"), rs.getString("spoken_answer"),
                rs.getString("answer"), rs.getString("service_area"), rs.getString("status"), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("author"));
    }

    private record ArticleRow(String id, String title, String spokenAnswer, String answer, String serviceArea,
            String status, int version, Instant createdAt, Instant updatedAt, String author) {
    }
}
