package org.councilassistant.core.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Conversations and their messages in the database, so that an agent sees everything and a restart loses nothing. */
public final class Transcripts {

    /** The text column's length: a longer message (an article's full answer, say) is kept up to it. */
    static final int TEXT_LENGTH = 4000;

    private static final String COLUMNS =
            "id, conversation_id, sent_at, sender, agent, text, intent, confidence, article_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;

    public Transcripts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Records a new conversation; a conversation already recorded is left as it is. */
    public void open(String conversationId, String channel, Instant at) {
        jdbc.sql("INSERT INTO conversation (id, channel, started_at, last_activity_at) SELECT ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM conversation WHERE id = ?)")
                .params(conversationId, channel, Timestamp.from(at), Timestamp.from(at), conversationId)
                .update();
    }

    public boolean exists(String conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = ?").param(conversationId)
                .query(Long.class).single() > 0;
    }

    public void setLanguage(String conversationId, String languageCode) {
        jdbc.sql("UPDATE conversation SET language = ? WHERE id = ?").params(languageCode, conversationId).update();
    }

    /** The conversation's language code ({@code en}, {@code cy}); English if unknown. */
    public String languageOf(String conversationId) {
        return jdbc.sql("SELECT language FROM conversation WHERE id = ?").param(conversationId)
                .query(String.class).optional().orElse("en");
    }

    public java.util.Optional<String> channelOf(String conversationId) {
        return jdbc.sql("SELECT channel FROM conversation WHERE id = ?").param(conversationId)
                .query(String.class).optional();
    }

    public void append(String conversationId, TranscriptEntry entry) {
        append(conversationId, List.of(entry));
    }

    /**
     * Stores messages in the order given (a turn's question and answers), as one batch in one transaction, and
     * notes the conversation's latest activity once rather than after every message.
     */
    public void append(String conversationId, List<TranscriptEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            batches.batchUpdate("INSERT INTO conversation_message (conversation_id, sent_at, sender, agent, text, "
                            + "intent, confidence, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    entries, entries.size(), (statement, entry) -> {
                        statement.setString(1, conversationId);
                        statement.setTimestamp(2, Timestamp.from(entry.sentAt()));
                        statement.setString(3, entry.sender().name());
                        statement.setString(4, entry.agent());
                        statement.setString(5, clipped(entry.text()));
                        statement.setString(6, entry.intent());
                        statement.setObject(7, entry.confidence(), Types.DOUBLE);
                        statement.setString(8, entry.articleId());
                    });
            jdbc.sql("UPDATE conversation SET last_activity_at = ? WHERE id = ?")
                    .params(Timestamp.from(entries.get(entries.size() - 1).sentAt()), conversationId).update();
        });
    }

    public List<TranscriptMessage> messages(String conversationId) {
        return messagesAfter(conversationId, 0);
    }

    public List<TranscriptMessage> messagesAfter(String conversationId, long afterId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversation_message WHERE conversation_id = ? AND id > ? ORDER BY id")
                .params(conversationId, afterId)
                .query(Transcripts::message)
                .list();
    }

    /** Deletes conversations (with their messages and handoffs) idle since before {@code cutoff}. */
    public int purgeInactiveSince(Instant cutoff) {
        return jdbc.sql("DELETE FROM conversation WHERE last_activity_at < ?").param(Timestamp.from(cutoff)).update();
    }

    /** The text as the column can hold it: a long one cut, with "…" to show it was, never inside a character. */
    private static String clipped(String text) {
        if (text == null || text.length() <= TEXT_LENGTH) {
            return text;
        }
        int end = TEXT_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static TranscriptMessage message(ResultSet rs, int row) throws SQLException {
        Number confidence = (Number) rs.getObject("confidence");
        return new TranscriptMessage(rs.getLong("id"), rs.getString("conversation_id"),
                rs.getTimestamp("sent_at").toInstant(), Sender.valueOf(rs.getString("sender")), rs.getString("agent"),
                rs.getString("text"), rs.getString("intent"), confidence == null ? null : confidence.doubleValue(),
                rs.getString("article_id"));
    }
}
