package org.councilassistant.core.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Conversations and their messages in the database, so that an agent sees everything and a restart loses nothing. */
public final class Transcripts {

    private static final String COLUMNS =
            "id, conversation_id, sent_at, sender, agent, text, intent, confidence, article_id";

    private final JdbcClient jdbc;

    public Transcripts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Records a new conversation; a conversation already recorded is left as it is. */
    public void open(String conversationId, String channel, Instant at) {
        if (exists(conversationId)) {
            return;
        }
        jdbc.sql("INSERT INTO conversation (id, channel, started_at, last_activity_at) VALUES (?, ?, ?, ?)")
                .params(conversationId, channel, Timestamp.from(at), Timestamp.from(at))
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

    public long append(String conversationId, Instant at, Sender sender, String agent, String text, String intent,
            Double confidence, String articleId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO conversation_message (conversation_id, sent_at, sender, agent, text, intent, confidence, "
                        + "article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(conversationId, Timestamp.from(at), sender.name(), agent, text, intent, confidence, articleId)
                .update(keys, "id");
        jdbc.sql("UPDATE conversation SET last_activity_at = ? WHERE id = ?")
                .params(Timestamp.from(at), conversationId).update();
        return keys.getKeyAs(Number.class).longValue();
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

    private static TranscriptMessage message(ResultSet rs, int row) throws SQLException {
        Number confidence = (Number) rs.getObject("confidence");
        return new TranscriptMessage(rs.getLong("id"), rs.getString("conversation_id"),
                rs.getTimestamp("sent_at").toInstant(), Sender.valueOf(rs.getString("sender")), rs.getString("agent"),
                rs.getString("text"), rs.getString("intent"), confidence == null ? null : confidence.doubleValue(),
                rs.getString("article_id"));
    }
}
