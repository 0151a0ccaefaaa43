package org.councilassistant.knowledgebase.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.councilassistant.knowledgebase.sync.PublishedStamp;
import org.councilassistant.knowledgebase.sync.Revisions;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores articles in the database (H2 or PostgreSQL, same schema through Flyway). Saving is optimistic:
 * an update names the version it started from and fails if someone saved in between. Every save records a full
 * snapshot as a new version and, when it touches the published set, raises the published stamp, all in one
 * transaction.
 */
public class ArticleRepository {

    private static final String COLUMNS = "a.id, a.title, a.spoken_answer, a.answer, a.service_area, a.status, "
            + "a.version, a.created_at, a.updated_at, a.author";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Revisions revisions;
    private final ArticleVersions versions;

    public ArticleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.revisions = new Revisions(dataSource);
        this.versions = new ArticleVersions(jdbc);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction: saves inside it all commit, or none does. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    public Optional<Article> findById(String id) {
        return load("a.id = ?", id).stream().findFirst();
    }

    public List<Article> findAll() {
        return load(null);
    }

    public List<Article> findPublished() {
        return load("a.status = 'PUBLISHED'");
    }

    /** Articles that entered, changed in or left the published set after {@code revision}, in any status. */
    public List<Article> findPublishedChangesSince(long revision) {
        return load("a.index_revision > ?", revision);
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    public PublishedStamp stamp() {
        return revisions.current();
    }

    /** A text that changes whenever the published articles or the synonym list change. */
    public String publishedStamp() {
        return stamp().toString();
    }

    /** Inserts a new article at version 1 by {@code article.author()}. */
    public Article insert(Article article, Instant now) {
        return insert(article, ArticleChange.CREATED, now);
    }

    public Article insert(Article article, ArticleChange change, Instant now) {
        return inTransaction(() -> {
            if (exists(article.id())) {
                throw new ValidationException(List.of(ValidationProblem.of("id",
                        "is already used by another article: " + article.id())));
            }
            long indexRevision = article.isPublished() ? revisions.raiseArticlesRevision() : 0;
            jdbc.sql("INSERT INTO article (id, title, spoken_answer, answer, service_area, status, version, "
                            + "created_at, updated_at, author, index_revision) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")
                    .params(article.id(), article.title(), article.spokenAnswer(), article.answer(),
                            article.serviceArea(), article.status().name(), Timestamp.from(now), Timestamp.from(now),
                            article.author(), indexRevision)
                    .update();
            writeChildren(article);
            Article stored = findById(article.id()).orElseThrow();
            versions.record(stored, change, null);
            return stored;
        });
    }

    /**
     * Saves a changed article as the next version by {@code article.author()}.
     *
     * @throws ArticleVersionConflictException if the stored version is no longer {@code article.version()}
     * @throws ArticleNotFoundException if there is no such article
     */
    public Article update(Article article, Instant now) {
        return update(article, null, null, now);
    }

    /**
     * Saves a changed article as the next version.
     *
     * @param change why, or null to tell from the status (edited, published, archived, returned to draft)
     * @param restoredFrom the version restored, or null
     */
    public Article update(Article article, ArticleChange change, Integer restoredFrom, Instant now) {
        return inTransaction(() -> {
            Article current = findById(article.id()).orElseThrow(() -> new ArticleNotFoundException(article.id()));
            int updated = current.version() != article.version() ? 0
                    : jdbc.sql("UPDATE article SET title = ?, spoken_answer = ?, answer = ?, service_area = ?, "
                                    + "status = ?, version = ?, updated_at = ?, author = ? WHERE id = ? AND version = ?")
                            .params(article.title(), article.spokenAnswer(), article.answer(), article.serviceArea(),
                                    article.status().name(), article.version() + 1, Timestamp.from(now),
                                    article.author(), article.id(), article.version())
                            .update();
            if (updated == 0) {
                // Read again: a save that committed after the first read is what the editor must see.
                throw new ArticleVersionConflictException(article.id(), article.version(),
                        findById(article.id()).orElse(current));
            }
            if (current.isPublished() || article.isPublished()) {
                jdbc.sql("UPDATE article SET index_revision = ? WHERE id = ?")
                        .params(revisions.raiseArticlesRevision(), article.id())
                        .update();
            }
            for (String table : List.of("article_link", "article_question", "article_keyword", "article_intent")) {
                jdbc.sql("DELETE FROM " + table + " WHERE article_id = ?").param(article.id()).update();
            }
            writeChildren(article);
            versions.recordIfMissing(current);
            Article stored = findById(article.id()).orElseThrow();
            versions.record(stored, change != null ? change : ArticleChange.between(current.status(), stored.status()),
                    restoredFrom);
            return stored;
        });
    }

    /**
     * Saves every change in one transaction, as new versions by {@code author}: creates (version 0), updates and
     * archives, each under optimistic locking against the version it names. An update whose content is the same
     * as stored is left as it is. Either every change is saved or, on any failure, none; the published stamp
     * rises with the transaction, so every node's index follows.
     *
     * @throws ArticleVersionConflictException if an article changed since it was read
     */
    public BulkSave saveAll(BulkChange change, String author, Instant now) {
        return inTransaction(() -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (Article article : change.saves()) {
                if (article.version() == 0) {
                    insert(article.withAuthor(author), ArticleChange.IMPORTED, now);
                    created++;
                    continue;
                }
                Article current = findById(article.id()).orElseThrow(() -> new ArticleNotFoundException(article.id()));
                if (current.version() != article.version()) {
                    throw new ArticleVersionConflictException(article.id(), article.version(), current);
                }
                if (current.content().equals(article.content())) {
                    unchanged++;
                } else {
                    update(article.withAuthor(author), ArticleChange.IMPORTED, null, now);
                    updated++;
                }
            }
            for (Article article : change.archives()) {
                update(article.withStatus(ArticleStatus.ARCHIVED).withAuthor(author), ArticleChange.ARCHIVED, null,
                        now);
            }
            return new BulkSave(created, updated, unchanged, change.archives().size());
        });
    }

    /** Every version of an article, oldest first; empty if there is no such article. */
    public List<ArticleVersion> versions(String id) {
        Optional<Article> article = findById(id);
        if (article.isEmpty()) {
            return List.of();
        }
        List<ArticleVersion> recorded = new ArrayList<>(versions.list(id));
        if (recorded.stream().noneMatch(v -> v.version() == article.get().version())) {
            recorded.add(ArticleVersions.unrecorded(article.get()));
        }
        return List.copyOf(recorded);
    }

    public Optional<ArticleVersion> version(String id, int version) {
        Optional<ArticleVersion> recorded = versions.find(id, version);
        if (recorded.isPresent()) {
            return recorded;
        }
        return findById(id).filter(article -> article.version() == version).map(ArticleVersions::unrecorded);
    }

    private boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE id = ?").param(id).query(Long.class).single() > 0;
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

    /** Loads the articles matching {@code where} (over {@code article a}), with only their own children. */
    private List<Article> load(String where, Object... params) {
        String filter = where == null ? "" : " WHERE " + where;
        List<ArticleRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM article a" + filter + " ORDER BY a.id")
                .params(params).query(ArticleRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String join = " c JOIN article a ON a.id = c.article_id" + filter;
        Map<String, List<ArticleLink>> links = new HashMap<>();
        jdbc.sql("SELECT c.article_id, c.label, c.url FROM article_link" + join + " ORDER BY c.article_id, c.position")
                .params(params)
                .query(rs -> {
                    links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ArticleLink(rs.getString(2), rs.getString(3)));
                });
        Map<String, List<String>> questions = children("SELECT c.article_id, c.question FROM article_question" + join
                + " ORDER BY c.article_id, c.position", params);
        Map<String, List<String>> keywords = children("SELECT c.article_id, c.keyword FROM article_keyword" + join
                + " ORDER BY c.article_id, c.position", params);
        Map<String, List<String>> intents = children("SELECT c.article_id, c.intent FROM article_intent" + join
                + " ORDER BY c.article_id, c.intent", params);
        // Sorted here, not by the database: PostgreSQL's collation orders "a-b" and "aa" otherwise than H2.
        return rows.stream().sorted(Comparator.comparing(ArticleRow::id)).map(r -> new Article(r.id, r.title,
                r.spokenAnswer, r.answer, links.getOrDefault(r.id, List.of()), questions.getOrDefault(r.id, List.of()),
                keywords.getOrDefault(r.id, List.of()), r.serviceArea,
                intents.getOrDefault(r.id, List.of()).stream().sorted().toList(),
                ArticleStatus.valueOf(r.status), r.version, r.createdAt, r.updatedAt, r.author)).toList();
    }

    private Map<String, List<String>> children(String sql, Object... params) {
        Map<String, List<String>> values = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
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
