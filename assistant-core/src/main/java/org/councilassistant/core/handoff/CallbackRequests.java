package org.councilassistant.core.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Callback requests in the database, shown to agents when the contact centre opens. */
public final class CallbackRequests {

    private static final String COLUMNS =
            "id, conversation_id, name, phone, email, topic, consent_given_at, created_at, handled_at, handled_by";

    private final JdbcClient jdbc;

    public CallbackRequests(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public void record(String conversationId, String name, String phone, String email, String topic, Instant at) {
        jdbc.sql("INSERT INTO callback_request (conversation_id, name, phone, email, topic, consent_given_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(conversationId, name, phone, email, topic, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    public List<CallbackRequest> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM callback_request WHERE handled_at IS NULL ORDER BY created_at, id")
                .query(CallbackRequests::request).list();
    }

    public boolean markHandled(long id, String agent, Instant at) {
        return jdbc.sql("UPDATE callback_request SET handled_at = ?, handled_by = ? WHERE id = ? AND handled_at IS NULL")
                .params(Timestamp.from(at), agent, id).update() == 1;
    }

    public int purgeCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM callback_request WHERE created_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static CallbackRequest request(ResultSet rs, int row) throws SQLException {
        Timestamp handled = rs.getTimestamp("handled_at");
        return new CallbackRequest(rs.getLong("id"), rs.getString("conversation_id"), rs.getString("name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("topic"),
                rs.getTimestamp("consent_given_at").toInstant(), rs.getTimestamp("created_at").toInstant(),
                handled == null ? null : handled.toInstant(), rs.getString("handled_by"));
    }
}
