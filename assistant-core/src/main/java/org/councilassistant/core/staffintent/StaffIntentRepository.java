package org.councilassistant.core.staffintent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.councilassistant.intents.language.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff intents in the database: one row each, their phrases in order, and a log of every change. */
final class StaffIntentRepository {

    private static final String ARTICLE = "ARTICLE";
    private static final String TASK = "TASK";
    private static final String HANDOFF = "HANDOFF";

    private record Row(String name, IntentAction action, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    StaffIntentRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    List<StaffIntent> findAll() {
        List<Row> rows = jdbc.sql("SELECT * FROM staff_intent ORDER BY name").query(StaffIntentRepository::row).list();
        Map<String, Map<String, List<String>>> phrases = new HashMap<>();
        jdbc.sql("SELECT intent, language, phrase FROM staff_intent_phrase ORDER BY intent, language, phrase_order")
                .query(rs -> {
                    phrases.computeIfAbsent(rs.getString("intent"), name -> new HashMap<>())
                            .computeIfAbsent(rs.getString("language"), language -> new ArrayList<>())
                            .add(rs.getString("phrase"));
                });
        return rows.stream().map(row -> intent(row, phrases.getOrDefault(row.name(), Map.of()))).toList();
    }

    Optional<StaffIntent> find(String name) {
        Optional<Row> row = jdbc.sql("SELECT * FROM staff_intent WHERE name = ?").param(name)
                .query(StaffIntentRepository::row).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> phrases = new HashMap<>();
        jdbc.sql("SELECT language, phrase FROM staff_intent_phrase WHERE intent = ? ORDER BY language, phrase_order")
                .param(name)
                .query(rs -> {
                    phrases.computeIfAbsent(rs.getString("language"), language -> new ArrayList<>())
                            .add(rs.getString("phrase"));
                });
        return Optional.of(intent(row.get(), phrases));
    }

    void insert(StaffIntentContent content, String staff, Instant at) {
        jdbc.sql("INSERT INTO staff_intent (name, action_type, action_target, created_by, created_at, updated_by, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(content.name(), type(content.action()), target(content.action()), staff, Timestamp.from(at),
                        staff, Timestamp.from(at))
                .update();
        insertPhrases(content);
    }

    /** Replaces the phrases and the action; false if there is no such intent. */
    boolean update(StaffIntentContent content, String staff, Instant at) {
        int updated = jdbc.sql("UPDATE staff_intent SET action_type = ?, action_target = ?, updated_by = ?, "
                        + "updated_at = ? WHERE name = ?")
                .params(type(content.action()), target(content.action()), staff, Timestamp.from(at), content.name())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM staff_intent_phrase WHERE intent = ?").param(content.name()).update();
        insertPhrases(content);
        return true;
    }

    void delete(String name) {
        jdbc.sql("DELETE FROM staff_intent WHERE name = ?").param(name).update();
    }

    void log(StaffIntents.Change change) {
        jdbc.sql("INSERT INTO staff_intent_change (intent, change_type, summary, changed_by, changed_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(change.intent(), change.type(), change.summary(), change.by(), Timestamp.from(change.at()))
                .update();
    }

    List<StaffIntents.Change> recentChanges(int limit) {
        return jdbc.sql("SELECT * FROM staff_intent_change ORDER BY changed_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query((rs, n) -> new StaffIntents.Change(rs.getString("intent"), rs.getString("change_type"),
                        rs.getString("summary"), rs.getString("changed_by"), instant(rs, "changed_at")))
                .list();
    }

    private void insertPhrases(StaffIntentContent content) {
        insertPhrases(content.name(), Language.ENGLISH, content.englishPhrases());
        insertPhrases(content.name(), Language.WELSH, content.welshPhrases());
    }

    private void insertPhrases(String intent, Language language, List<String> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            jdbc.sql("INSERT INTO staff_intent_phrase (intent, language, phrase_order, phrase) VALUES (?, ?, ?, ?)")
                    .params(intent, language.code(), i, phrases.get(i))
                    .update();
        }
    }

    private static StaffIntent intent(Row row, Map<String, List<String>> phrases) {
        return new StaffIntent(row.name(), phrases.getOrDefault(Language.ENGLISH.code(), List.of()),
                phrases.getOrDefault(Language.WELSH.code(), List.of()), row.action(), row.createdBy(), row.createdAt(),
                row.updatedBy(), row.updatedAt());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String target = rs.getString("action_target");
        IntentAction action = switch (rs.getString("action_type")) {
            case ARTICLE -> new IntentAction.AnswerFromArticle(target);
            case TASK -> new IntentAction.StartTask(target);
            default -> new IntentAction.HandOff();
        };
        return new Row(rs.getString("name"), action, rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("updated_by"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static String type(IntentAction action) {
        if (action instanceof IntentAction.AnswerFromArticle) {
            return ARTICLE;
        }
        return action instanceof IntentAction.StartTask ? TASK : HANDOFF;
    }

    private static String target(IntentAction action) {
        if (action instanceof IntentAction.AnswerFromArticle article) {
            return article.articleId();
        }
        return action instanceof IntentAction.StartTask task ? task.task() : null;
    }
}
