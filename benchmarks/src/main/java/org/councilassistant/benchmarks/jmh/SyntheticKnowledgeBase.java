package org.councilassistant.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.analysis.CouncilQueryAnalyzer;
import org.councilassistant.knowledgebase.analysis.CouncilSynonyms;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.seed.SeedArticles;

/**
 * A knowledge base of {@code size} published articles ({@link SyntheticArticles}) in a migrated H2 file database,
 * indexed by {@link KnowledgeBase#synchronise()} exactly as at server start-up.
 *
 * <p>The rows go in by JDBC batches rather than through {@link ArticleRepository#insert}, which writes one article
 * per transaction and would take minutes for 100,000.
 */
final class SyntheticKnowledgeBase implements AutoCloseable {

    private static final int BATCH = 500;

    private final HikariDataSource dataSource;
    private final KnowledgeBase knowledgeBase;

    private SyntheticKnowledgeBase(HikariDataSource dataSource, KnowledgeBase knowledgeBase) {
        this.dataSource = dataSource;
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * Builds the database under {@code directory/db} and the index, searched by words only, under
     * {@code directory/index}.
     */
    static SyntheticKnowledgeBase build(int size, Path directory) throws SQLException {
        return build(size, directory, null);
    }

    /**
     * As {@link #build(int, Path)}, with passage vectors to search by meaning too: the seeds' from {@code model},
     * the variants' derived from them ({@link SeedVectorEmbedder}).
     */
    static SyntheticKnowledgeBase withVectors(int size, Path directory, TextEmbedder model) throws SQLException {
        return build(size, directory, model);
    }

    private static SyntheticKnowledgeBase build(int size, Path directory, TextEmbedder model) throws SQLException {
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        HikariDataSource dataSource = Databases.inDirectory(directory);
        try {
            SyntheticArticles articles = new SyntheticArticles(SeedArticles.english(), clock.instant());
            insert(dataSource, articles, size);
            ArticleIndex index = new ArticleIndex(directory.resolve("index"),
                    model == null ? null : new SeedVectorEmbedder(model, articles, size));
            KnowledgeBase knowledgeBase = new KnowledgeBase(new ArticleRepository(dataSource), index,
                    new ArticleSearcher(index, new CouncilQueryAnalyzer(CouncilSynonyms.bundled())), clock);
            knowledgeBase.synchronise();
            return new SyntheticKnowledgeBase(dataSource, knowledgeBase);
        } catch (SQLException | RuntimeException e) {
            Databases.close(dataSource);
            throw e;
        }
    }

    KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    private static void insert(HikariDataSource dataSource, SyntheticArticles articles, int size)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement article = connection.prepareStatement("INSERT INTO article (id, title, "
                        + "spoken_answer, answer, service_area, status, version, created_at, updated_at, author) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO article_link (article_id, position, label, url) VALUES (?, ?, ?, ?)");
                PreparedStatement question = connection.prepareStatement(
                        "INSERT INTO article_question (article_id, position, question) VALUES (?, ?, ?)");
                PreparedStatement keyword = connection.prepareStatement(
                        "INSERT INTO article_keyword (article_id, position, keyword) VALUES (?, ?, ?)");
                PreparedStatement intent = connection.prepareStatement(
                        "INSERT INTO article_intent (article_id, intent) VALUES (?, ?)")) {
            connection.setAutoCommit(false);
            for (int n = 0; n < size; n++) {
                Article a = articles.article(n);
                article.setString(1, a.id());
                article.setString(2, a.title());
                article.setString(3, a.spokenAnswer());
                article.setString(4, a.answer());
                article.setString(5, a.serviceArea());
                article.setString(6, a.status().name());
                article.setInt(7, a.version());
                article.setTimestamp(8, Timestamp.from(a.createdAt()));
                article.setTimestamp(9, Timestamp.from(a.updatedAt()));
                article.setString(10, a.author());
                article.addBatch();
                for (int i = 0; i < a.links().size(); i++) {
                    link.setString(1, a.id());
                    link.setInt(2, i);
                    link.setString(3, a.links().get(i).label());
                    link.setString(4, a.links().get(i).url());
                    link.addBatch();
                }
                addPositioned(question, a.id(), a.alternateQuestions());
                addPositioned(keyword, a.id(), a.keywords());
                for (String name : a.intents().stream().distinct().toList()) {
                    intent.setString(1, a.id());
                    intent.setString(2, name);
                    intent.addBatch();
                }
                if ((n + 1) % BATCH == 0 || n + 1 == size) {
                    for (PreparedStatement statement : List.of(article, link, question, keyword, intent)) {
                        statement.executeBatch();
                    }
                    connection.commit();
                }
            }
        }
    }

    private static void addPositioned(PreparedStatement statement, String id, List<String> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(1, id);
            statement.setInt(2, i);
            statement.setString(3, values.get(i));
            statement.addBatch();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            knowledgeBase.close();
        } finally {
            Databases.close(dataSource);
        }
    }
}
